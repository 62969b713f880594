package dev.chat2desk4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The data the fake server starts with in the server benchmarks, written in the mock server's JSON
 * seed format: {@value #CLIENTS} clients so that a page of 20 is full, and client 1 with {@value
 * #HISTORY} messages so that its latest 20 are too.
 */
final class BenchSeed {

  /** The account's API token in every server benchmark. */
  static final String TOKEN = "bench-token";

  static final int CLIENTS = 25;
  static final int HISTORY = 40;

  private BenchSeed() {}

  /** Writes the seed file into a directory and returns its path. */
  static Path write(Path directory) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.putArray("operators").add("Olga Petrova");
    root.putArray("channels")
        .addObject()
        .put("name", "Support Telegram")
        .put("transport", "telegram");
    ArrayNode clients = root.putArray("clients");
    for (int i = 1; i <= CLIENTS; i++) {
      ObjectNode client =
          clients
              .addObject()
              .put("name", "Client " + i)
              .put("phone", "7900" + String.format("%07d", i))
              .put("channel", "Support Telegram");
      ArrayNode messages = client.putArray("messages");
      int history = i == 1 ? HISTORY : 1;
      for (int m = 1; m <= history; m++) {
        ObjectNode message = messages.addObject();
        if (m % 2 == 1) {
          message
              .put("type", "from_client")
              .put("text", "Question number " + m + " about my order");
        } else {
          message
              .put("type", "to_client")
              .put("operator", "Olga Petrova")
              .put("text", "Answer number " + m + ": it ships tomorrow.");
        }
      }
    }
    Path file = directory.resolve("bench-seed.json");
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    return file;
  }
}
