package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.GetTemplate;
import dev.chat2desk4j.api.ListTemplates;
import dev.chat2desk4j.api.NotFoundException;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.Template;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the template operations do: {@code templates().list(..)} and {@code .get(id)}. */
public abstract class TemplatesContract extends ContractBase {

  @Test
  @DisplayName("lists answer templates with their command, text, name and creation time")
  void listTemplates_seeded_listsThem() {
    long hello = whenSupported(() -> seed().addTemplate("Greeting", "/hello", "Hello!"));
    long bye = seed().addTemplate("Bye", null, "Goodbye.");

    Page<Template> page = whenSupported(() -> chat2desk().templates().list());

    assertThat(page.total()).hasValue(2);
    assertThat(page.items()).extracting(Template::id).containsExactly(hello, bye);
    Template first = page.items().get(0);
    assertThat(first.command()).isEqualTo("/hello");
    assertThat(first.text()).isEqualTo("Hello!");
    assertThat(first.name()).isEqualTo("Greeting");
    assertThat(first.createdAt()).isNotNull();
    assertThat(page.items().get(1).command()).isNull();
  }

  @Test
  @DisplayName("pages through many templates, each exactly once")
  void allTemplates_many_streamsEachOnce() {
    for (int i = 0; i < 21; i++) {
      int n = i;
      whenSupported(() -> seed().addTemplate("T" + n, "/t" + n, "text " + n));
    }

    Page<Template> second =
        whenSupported(
            () -> chat2desk().templates().list(ListTemplates.of().withLimit(20).withOffset(20)));

    assertThat(second.items()).extracting(Template::name).containsExactly("T20");
    assertThat(chat2desk().templates().all().toList())
        .hasSize(21)
        .extracting(Template::id)
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("reads one template")
  void getTemplate_known_answersIt() {
    long hello = whenSupported(() -> seed().addTemplate("Greeting", "/hello", "Hello!"));

    Template template = whenSupported(() -> chat2desk().templates().get(hello));

    assertThat(template.id()).isEqualTo(hello);
    assertThat(template.text()).isEqualTo("Hello!");
  }

  @Test
  @DisplayName("rejects an unknown or another account's template with NotFoundException")
  void getTemplate_unknownOrOtherAccounts_throwsNotFound() {
    long hello = whenSupported(() -> seed().addTemplate("Greeting", "/hello", "Hello!"));
    whenSupported(() -> chat2desk().templates().get(hello));

    assertThatThrownBy(() -> chat2desk().templates().get(hello + 1000))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("getTemplate");
    assertThatThrownBy(
            () -> chat2desk().withToken(environment().otherToken()).templates().get(hello))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("rejects a non-positive id or an out-of-range page before any call")
  void templates_badRequest_throwsIllegalArgument() {
    assertThatThrownBy(() -> GetTemplate.of(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> ListTemplates.of().withOffset(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
  }
}
