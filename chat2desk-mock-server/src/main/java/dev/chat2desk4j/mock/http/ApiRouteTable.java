package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.GetClient;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.ListMessages;
import dev.chat2desk4j.api.ListTransfers;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.mock.http.DialogRoutes.DialogQuery;
import dev.chat2desk4j.mock.http.DialogRoutes.DialogUpdate;
import dev.chat2desk4j.mock.http.MessageRoutes.TransferMessage;
import dev.chat2desk4j.mock.state.MessageQuery;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.RecordNotFoundException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every API route the fake serves, one row each, and the only place that names an operation's HTTP
 * method and path on the fake's side. The HTTP server registers one Javalin route per row (literal
 * paths before those with an id); fault rules, request verification and the in-memory fake find an
 * operation's row here. A few rows serve routes of the wire that no {@link Operation} covers yet.
 */
public final class ApiRouteTable {

  private static final List<ApiRoute<?, ?>> ROUTES =
      List.of(
          ApiRoute.of(
              Operation.SEND_MESSAGE,
              SendMessage.class,
              "POST",
              "/v1/messages",
              MessageRoutes::send,
              MockAccount::sendMessage,
              sent -> Json.success(sent, Json::sent),
              null),
          ApiRoute.widened(
              Operation.LIST_MESSAGES,
              ListMessages.class,
              MessageQuery::of,
              "GET",
              "/v1/messages",
              MessageRoutes::list,
              MockAccount::listMessages,
              page -> Json.page(page, Json::message)),
          ApiRoute.wireOnly(
              "GET",
              "/v1/messages/{id}",
              Params::pathId,
              (account, id) ->
                  account.message(id).orElseThrow(() -> new RecordNotFoundException(null, id)),
              message -> Json.success(message, Json::message)),
          ApiRoute.wireOnly(
              "GET",
              "/v1/messages/{id}/transfer",
              MessageRoutes::transfer,
              (MockAccount account, TransferMessage transfer) ->
                  account.transferMessageDialog(transfer.messageId(), transfer.operatorId()),
              transfer -> Json.success(transfer, Json::transfer)),
          ApiRoute.of(
              Operation.LIST_CLIENTS,
              ListClients.class,
              "GET",
              "/v1/clients",
              ClientRoutes::list,
              MockAccount::listClients,
              page -> Json.page(page, Json::client),
              null),
          ApiRoute.wireOnly(
              "POST",
              "/v1/clients",
              ClientRoutes::create,
              MockAccount::createClient,
              client -> Json.success(client, Json::client)),
          ApiRoute.of(
              Operation.GET_CLIENT,
              GetClient.class,
              "GET",
              "/v1/clients/{id}",
              params -> GetClient.of(params.pathId()),
              MockAccount::getClient,
              client -> Json.success(client, Json::clientWithChannels),
              GetClient::id),
          ApiRoute.of(
              Operation.LIST_TRANSFERS,
              ListTransfers.class,
              "GET",
              "/v1/transfers",
              DialogRoutes::listTransfers,
              MockAccount::listTransfers,
              page -> Json.page(page, Json::transfer),
              null),
          ApiRoute.wireOnly(
              "GET",
              "/v1/dialogs",
              DialogRoutes::list,
              (MockAccount account, DialogQuery query) ->
                  account.listDialogs(
                      query.limit(), query.offset(), query.operatorId(), query.state()),
              page -> Json.page(page, Json::dialog)),
          ApiRoute.wireOnly(
              "GET",
              "/v1/dialogs/{id}",
              Params::pathId,
              (account, id) ->
                  account.findDialog(id).orElseThrow(() -> new RecordNotFoundException(null, id)),
              dialog -> Json.success(dialog, Json::dialog)),
          updateDialog("PUT"),
          // Public clients also change a dialog with POST and PATCH; the fake has always accepted
          // all three.
          updateDialog("POST"),
          updateDialog("PATCH"));

  private static final Map<Operation, ApiRoute<?, ?>> BY_OPERATION = byOperation();

  private ApiRouteTable() {}

  /** Every row, in the order the server registers them. */
  public static List<ApiRoute<?, ?>> routes() {
    return ROUTES;
  }

  /** The row of an operation. */
  public static ApiRoute<?, ?> of(Operation operation) {
    return BY_OPERATION.get(operation);
  }

  /** An operation's method and path, such as {@code POST /v1/messages}, for messages. */
  public static String routeName(Operation operation) {
    return of(operation).toString();
  }

  private static ApiRoute<DialogUpdate, ?> updateDialog(String method) {
    return ApiRoute.wireOnly(
        method,
        "/v1/dialogs/{id}",
        DialogRoutes::update,
        (MockAccount account, DialogUpdate update) ->
            account.updateDialog(update.id(), update.operatorId(), update.state()),
        dialog -> Json.success(dialog, Json::dialog));
  }

  private static Map<Operation, ApiRoute<?, ?>> byOperation() {
    Map<Operation, ApiRoute<?, ?>> rows = new EnumMap<>(Operation.class);
    for (ApiRoute<?, ?> route : ROUTES) {
      if (route.operation() != null && rows.put(route.operation(), route) != null) {
        throw new IllegalStateException("Two routes for " + route.operation());
      }
    }
    return rows;
  }
}
