package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.RequestLine;
import feign.Contract;
import feign.MethodMetadata;
import feign.Request;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The route of every {@link Operation}: the {@link Chat2DeskApi} method that carries it, as Feign's
 * contract parsed it, and how the request becomes that method's arguments and its answer the API's
 * record (the entries are in {@link RouteTable}). A method is bound to the operation whose {@link
 * Operation#methodName()} it bears; method, path and parameter names stay on its annotations, and
 * every other part of this module reads them from the parsed {@link MethodMetadata} (exceptions'
 * request lines) or from Feign's {@link Request} (which operation an answer belongs to).
 */
final class FeignRoutes {

  /** One operation's way over the wire. */
  static final class Route {

    private final Operation operation;
    private final MethodMetadata method;
    private final BiFunction<Chat2DeskApi, Chat2DeskRequest<?>, ?> call;

    private Route(
        Operation operation,
        MethodMetadata method,
        BiFunction<Chat2DeskApi, Chat2DeskRequest<?>, ?> call) {
      this.operation = operation;
      this.method = method;
      this.call = call;
    }

    /** Sends the request through its Feign method and maps the answer. */
    @SuppressWarnings("unchecked")
    <R> R call(Chat2DeskApi api, Chat2DeskRequest<R> request) {
      return (R) call.apply(api, request);
    }

    Operation operation() {
      return operation;
    }

    /** The Feign method carrying this operation, as Feign's contract parsed it. */
    MethodMetadata method() {
      return method;
    }

    /**
     * The request line an exception reports when Feign hands over no request (the call failed
     * before one was built): method and path template from the parsed annotation.
     */
    RequestLine line() {
      return new RequestLine(operation, method.template().method(), method.template().path());
    }
  }

  private static final Map<String, MethodMetadata> CONTRACT = new HashMap<>();
  private static final Map<Operation, Route> ROUTES = new EnumMap<>(Operation.class);
  private static final Map<String, Operation> BY_CONFIG_KEY = new HashMap<>();

  static {
    // The contract FeignSetup's Feign.builder() uses, so the configKeys are the ones Feign hands
    // over.
    for (MethodMetadata method :
        new Contract.Default().parseAndValidateMetadata(Chat2DeskApi.class)) {
      CONTRACT.put(method.method().getName(), method);
    }
    RouteTable.register(FeignRoutes::route);
  }

  private FeignRoutes() {}

  /**
   * The route of an operation.
   *
   * @throws IllegalStateException when the operation has no route, a gap the route test catches
   */
  static Route route(Operation operation) {
    Route route = ROUTES.get(operation);
    if (route == null) {
      throw new IllegalStateException(operation.methodName() + " has no route in FeignRoutes");
    }
    return route;
  }

  /**
   * The operation of a Feign method, by the {@code configKey} Feign hands to error decoders and
   * keeps in {@link MethodMetadata#configKey()}.
   *
   * @throws IllegalStateException when the key names no method of {@link Chat2DeskApi}
   */
  static Operation operation(String configKey) {
    Operation operation = BY_CONFIG_KEY.get(configKey);
    if (operation == null) {
      throw new IllegalStateException("No operation is carried by Feign method " + configKey);
    }
    return operation;
  }

  /**
   * The operation of a request Feign built: Feign keeps the method's metadata on every request it
   * sends and hands the request back with the answer.
   *
   * @throws IllegalStateException when the request carries no method metadata
   */
  static Operation operation(Request request) {
    MethodMetadata method =
        request == null || request.requestTemplate() == null
            ? null
            : request.requestTemplate().methodMetadata();
    if (method == null) {
      throw new IllegalStateException("Feign handed over a request without its method");
    }
    return operation(method.configKey());
  }

  private static <Q extends Chat2DeskRequest<R>, R> void route(
      Operation operation, Class<Q> type, BiFunction<Chat2DeskApi, Q, R> call) {
    MethodMetadata method = CONTRACT.get(operation.methodName());
    if (method == null || ROUTES.containsKey(operation)) {
      throw new IllegalStateException(
          operation.methodName() + " needs exactly one route and one Chat2DeskApi method");
    }
    ROUTES.put(
        operation,
        new Route(operation, method, (api, request) -> call.apply(api, type.cast(request))));
    BY_CONFIG_KEY.put(method.configKey(), operation);
  }
}
