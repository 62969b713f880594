package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.SendMessage;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The route of every {@link Operation}: which {@link Chat2DeskApi} method carries its request and
 * how the answer becomes the API's record. The HTTP method, path and parameter names live on the
 * {@link Chat2DeskApi} method alone.
 */
final class FeignRoutes {

  /** Calls the API for one request type and maps its answer. */
  interface Route<R> {
    R call(Chat2DeskApi api, Chat2DeskRequest<R> request);
  }

  private static final Map<Operation, Route<?>> ROUTES = new EnumMap<>(Operation.class);

  static {
    route(
        Operation.SEND_MESSAGE,
        SendMessage.class,
        (api, request) -> WireMapping.sent(api.sendMessage(WireMapping.body(request)), request));
    route(
        Operation.LIST_MESSAGES,
        ListMessages.class,
        (api, request) ->
            WireMapping.messages(api.listMessages(WireMapping.query(request)), request));
    route(
        Operation.LIST_CLIENTS,
        ListClients.class,
        (api, request) ->
            WireMapping.clients(api.listClients(WireMapping.query(request)), request));
    route(
        Operation.LIST_TRANSFERS,
        ListTransfers.class,
        (api, request) ->
            WireMapping.transfers(api.listTransfers(WireMapping.query(request)), request));
  }

  private FeignRoutes() {}

  /**
   * The route of a request's operation.
   *
   * @throws UnsupportedOperationException when this client has no route for the operation yet
   */
  @SuppressWarnings("unchecked")
  static <R> Route<R> of(Chat2DeskRequest<R> request) {
    Route<R> route = (Route<R>) ROUTES.get(request.operation());
    if (route == null) {
      throw new UnsupportedOperationException(
          request.operation().methodName() + " is not supported by FeignChat2Desk yet");
    }
    return route;
  }

  private static <Q extends Chat2DeskRequest<R>, R> void route(
      Operation operation, Class<Q> type, BiFunction<Chat2DeskApi, Q, R> call) {
    ROUTES.put(operation, (Route<R>) (api, request) -> call.apply(api, type.cast(request)));
  }
}
