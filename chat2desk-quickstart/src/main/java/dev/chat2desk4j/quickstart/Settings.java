package dev.chat2desk4j.quickstart;

import java.net.URI;
import java.util.Map;

/**
 * Where the quickstart points, read from the environment. Without a token it runs against an
 * embedded fake server; with one it talks to that account and sends only when a client id is named,
 * so that trying the program never writes to a real customer by surprise.
 *
 * @param token the API token, or null to use the embedded fake server
 * @param baseUrl the API's base URL, or null for the default
 * @param sendToClientId the client to send the greeting to in a real account, or null to skip it
 */
record Settings(String token, URI baseUrl, Long sendToClientId) {

  static final String TOKEN = "CHAT2DESK_TOKEN";
  static final String BASE_URL = "CHAT2DESK_BASE_URL";
  static final String CLIENT_ID = "CHAT2DESK_CLIENT_ID";

  static Settings fromEnvironment(Map<String, String> env) {
    String token = blankToNull(env.get(TOKEN));
    String baseUrl = blankToNull(env.get(BASE_URL));
    String clientId = blankToNull(env.get(CLIENT_ID));
    return new Settings(
        token,
        baseUrl == null ? null : URI.create(baseUrl),
        clientId == null ? null : parseClientId(clientId));
  }

  boolean embedded() {
    return token == null;
  }

  @Override
  public String toString() {
    return "Settings[embedded=" + embedded() + ", baseUrl=" + baseUrl + "]";
  }

  private static long parseClientId(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          CLIENT_ID + " must be a client id (a whole number) but was '" + value + "'", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
