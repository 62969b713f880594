package dev.chat2desk4j.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/fake-server.md lists exactly the fields a journal entry of the admin API carries. */
class FakeServerDocTest {

  private static final Path DOC = Path.of("..", "docs", "fake-server.md");
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
