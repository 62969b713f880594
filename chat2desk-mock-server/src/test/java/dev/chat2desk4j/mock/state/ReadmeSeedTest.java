package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat2desk4j.api.Dialog;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.GetOperatorGroups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's seed example reads and applies, and the schema names every field it uses. */
class ReadmeSeedTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readmeSeed_readsAndAppliesAsDescribed() throws IOException {
    MockAccount account = MockState.create().addAccount("t", Seed.fromJson(readmeSeed()));

    assertThat(account.clients())
        .singleElement()
        .satisfies(anna -> assertThat(anna.assignedName()).isEqualTo("Anna (VIP)"));
    assertThat(account.dialogs())
        .extracting(Dialog::state)
        .containsExactly(DialogState.CLOSED, DialogState.OPEN);
    assertThat(account.transfers()).hasSize(1);
    assertThat(account.operators()).hasSize(2);
    assertThat(account.reference().operators().groups(GetOperatorGroups.of())).hasSize(1);
    assertThat(account.client(1).orElseThrow().tagIds()).containsExactly(2L);
    assertThat(account.reference().templates().all()).hasSize(1);
    assertThat(account.reference().usage().limit()).hasValue(1000);
  }

  @Test
  void schema_namesEveryFieldOfTheReadmeSeed() throws IOException {
    JsonNode schema = MAPPER.readTree(Files.readString(Path.of("seed.schema.json")));
    Set<String> described = new HashSet<>();
    schema
        .findValues("properties")
        .forEach(properties -> properties.fieldNames().forEachRemaining(described::add));
    Set<String> used = new HashSet<>();
    collectFieldNames(MAPPER.readTree(readmeSeed()), used);
    used.remove("city"); // a custom field's own name

    assertThat(described).containsAll(used);
  }

  private static String readmeSeed() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("## Seed JSON"));
    int start = section.indexOf("```json") + "```json".length();
    return section.substring(start, section.indexOf("```", start));
  }

  private static void collectFieldNames(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                names.add(field.getKey());
                collectFieldNames(field.getValue(), names);
              });
    } else if (node.isArray()) {
      node.forEach(item -> collectFieldNames(item, names));
    }
  }
}
