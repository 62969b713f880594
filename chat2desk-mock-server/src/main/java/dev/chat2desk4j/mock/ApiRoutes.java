package dev.chat2desk4j.mock;

import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.mock.state.WireErrors;
import java.util.Locale;

/**
 * Routes a {@code /v1} request: an unknown path or method answers 404 before the token is looked at
 * (ours), then the token picks the account, then a route handler parses, calls the state and
 * renders.
 */
final class ApiRoutes {

  /** A route handler: the request's account and parameters in, the answer out. */
  interface Route {
    Reply handle(MockAccount account, Params params);
  }

  /** A route handler that answers 200 with a JSON body. */
  interface JsonRoute {
    byte[] handle(MockAccount account, Params params);
  }

  private final MockState state;

  ApiRoutes(MockState state) {
    this.state = state;
  }

  Reply handle(ApiRequest request) {
    Route route = route(request.method(), request.path().substring(1).split("/"));
    if (route == null) {
      throw WireErrors.pageNotFound();
    }
    MockAccount account = authenticate(request.authorization());
    Params params = Params.parse(request);
    return route.handle(account, params);
  }

  private MockAccount authenticate(String authorization) {
    String token = authorization == null ? "" : authorization.trim();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).trim();
    }
    if (token.isEmpty()) {
      throw WireErrors.missingToken();
    }
    return state.find(token).orElseThrow(WireErrors::unknownToken);
  }

  private static Route route(String method, String[] segments) {
    if (segments.length < 2 || !segments[0].equals("v1")) {
      return null;
    }
    String resource = segments[1].toLowerCase(Locale.ROOT);
    Long id = segments.length > 2 ? pathId(segments[2]) : null;
    if (segments.length > 2 && id == null) {
      return null;
    }
    String key = method + " " + resource + (segments.length > 2 ? "/{id}" : "");
    if (segments.length == 4) {
      key += "/" + segments[3].toLowerCase(Locale.ROOT);
    } else if (segments.length > 4) {
      return null;
    }
    return switch (key) {
      case "GET messages" -> ok(MessageRoutes::list);
      case "POST messages" -> MessageRoutes::send;
      case "GET messages/{id}" -> ok((account, params) -> MessageRoutes.get(account, id));
      case "GET messages/{id}/transfer" ->
          ok((account, params) -> MessageRoutes.transfer(account, id, params));
      case "GET clients" -> ok(ClientRoutes::list);
      case "POST clients" -> ok(ClientRoutes::create);
      case "GET clients/{id}" -> ok((account, params) -> ClientRoutes.get(account, id));
      case "GET transfers" -> ok(DialogRoutes::listTransfers);
      case "GET dialogs" -> ok(DialogRoutes::list);
      case "GET dialogs/{id}" -> ok((account, params) -> DialogRoutes.get(account, id));
      case "PUT dialogs/{id}", "POST dialogs/{id}", "PATCH dialogs/{id}" ->
          ok((account, params) -> DialogRoutes.update(account, id, params));
      default -> null;
    };
  }

  private static Route ok(JsonRoute route) {
    return (account, params) -> Reply.json(200, route.handle(account, params));
  }

  private static Long pathId(String segment) {
    if (segment.isEmpty()
        || segment.length() > 18
        || !segment.chars().allMatch(Character::isDigit)) {
      return null;
    }
    long id = Long.parseLong(segment);
    return id > 0 ? id : null;
  }
}
