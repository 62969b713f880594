package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/fake-server.md and the JSON schemas under docs/schemas describe the admin API's journal and
 * fault rules as the fake answers and takes them.
 */
class FakeServerDocTest {

  private static final Path DOC = Path.of("..", "docs", "fake-server.md");
  private static final Path SCHEMAS = Path.of("..", "docs", "schemas");
  private static final Pattern FIELD = Pattern.compile("^\\| `([a-z_]+)` \\|", Pattern.MULTILINE);

  @Test
  void journalTable_listsEveryFieldOfAJournalEntryInOrder() throws IOException {
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token(Fixtures.TOKEN).build().start()) {
      new Http(server.baseUrl(), Fixtures.TOKEN).get("/v1/clients?limit=5");

      JsonNode entry =
          Http.admin(server.baseUrl(), "1").get("/__admin/journal").json().at("/data/0");

      List<String> fields = new ArrayList<>();
      entry.fieldNames().forEachRemaining(fields::add);
      assertThat(documented("journal-entry")).containsExactlyElementsOf(fields);
      assertThat(entry.get("account").asText()).isEqualTo("account-1");
    }
  }

  @Test
  void journalSchema_requiresExactlyTheFieldsOfRealEntries_withTheirTypes() throws IOException {
    JsonNode entrySchema = schema("journal.schema.json").at("/$defs/entry");
    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token(Fixtures.TOKEN).build().start()) {
      Http http = new Http(server.baseUrl(), Fixtures.TOKEN);
      http.post("/v1/messages", "{\"client_id\": 1, \"text\": \"hi\"}");
      http.get("/v1/nowhere");
      http.as("unknown-token").get("/v1/clients");

      JsonNode journal = Http.admin(server.baseUrl(), "1").get("/__admin/journal").json();

      assertThat(journal.get("data")).hasSize(3);
      for (JsonNode entry : journal.get("data")) {
        List<String> fields = new ArrayList<>();
        entry.fieldNames().forEachRemaining(fields::add);
        assertThat(names(entrySchema.get("required"))).containsExactlyElementsOf(fields);
        for (String field : fields) {
          assertThat(types(entrySchema.at("/properties/" + field + "/type")))
              .as(field)
              .contains(jsonType(entry.get(field)));
        }
      }
      assertThat(journal.at("/data/1/operation").isNull()).isTrue();
      assertThat(journal.at("/data/2/account").isNull()).isTrue();
      List<String> meta = new ArrayList<>();
      journal.get("meta").fieldNames().forEachRemaining(meta::add);
      assertThat(names(schema("journal.schema.json").at("/properties/meta/required")))
          .containsExactlyInAnyOrderElementsOf(meta);
    }
  }

  @Test
  void faultRuleSchema_examplesRegister_andItsFieldsAreTheDocumentedOnes() throws IOException {
    JsonNode schema = schema("fault-rule.schema.json");
    List<String> properties = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(properties::add);
    assertThat(documented("fault-rule")).containsExactlyElementsOf(properties);

    try (Chat2DeskMockServer server =
        Chat2DeskMockServer.builder().token(Fixtures.TOKEN).build().start()) {
      Http admin = Http.admin(server.baseUrl(), "1");
      for (JsonNode example : schema.get("examples")) {
        assertThat(admin.post("/__admin/faults", example.toString()).status())
            .as(example.toString())
            .isEqualTo(200);
      }

      assertThat(server.faults().rules()).hasSize(schema.get("examples").size());
    }
  }

  private static JsonNode schema(String name) throws IOException {
    return Http.MAPPER.readTree(Files.readString(SCHEMAS.resolve(name)));
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(name -> names.add(name.asText()));
    return names;
  }

  private static List<String> types(JsonNode type) {
    return type.isArray() ? names(type) : List.of(type.asText());
  }

  private static String jsonType(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static List<String> documented(String table) throws IOException {
    String doc = Files.readString(DOC);
    String open = "<!-- " + table + " -->";
    String close = "<!-- /" + table + " -->";
    assertThat(doc).contains(open, close);
    Matcher row = FIELD.matcher(doc.substring(doc.indexOf(open), doc.indexOf(close)));
    List<String> values = new ArrayList<>();
    while (row.find()) {
      values.add(row.group(1));
    }
    return values;
  }
}
