package dev.chat2desk4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2DeskException;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code outcome} and {@code exception} tag values listed in {@code docs/resilience.md} are
 * exactly the ones the code records: a value added to one without the other fails here.
 */
class MetricsVocabularyDocTest {

  private static final Path DOC = Path.of("..", "docs", "resilience.md");
  private static final Pattern VALUE =
      Pattern.compile("^\\| `([A-Za-z_]+)` \\|", Pattern.MULTILINE);

  @Test
  void outcomeTable_listsExactlyTheRecordedOutcomes() throws IOException {
    assertThat(documented("outcome")).containsExactlyElementsOf(Failures.OUTCOMES);
  }

  @Test
  void exceptionTable_listsExactlyTheRecordedExceptionValues() throws IOException {
    List<String> expected = new ArrayList<>(List.of(Failures.NONE));
    concreteSubtypes(Chat2DeskException.class)
        .map(Class::getSimpleName)
        .sorted()
        .forEach(expected::add);
    expected.add(Failures.OTHER);

    assertThat(documented("exception")).containsExactlyElementsOf(expected);
  }

  /**
   * The first column of the table between {@code <!-- NAME-tag -->} and {@code <!-- /NAME-tag -->}.
   */
  private static List<String> documented(String tag) throws IOException {
    String doc = Files.readString(DOC);
    String open = "<!-- " + tag + "-tag -->";
    String close = "<!-- /" + tag + "-tag -->";
    assertThat(doc).contains(open, close);
    String table = doc.substring(doc.indexOf(open), doc.indexOf(close));
    List<String> values = new ArrayList<>();
    Matcher row = VALUE.matcher(table);
    while (row.find()) {
      values.add(row.group(1));
    }
    return values;
  }

  private static Stream<Class<?>> concreteSubtypes(Class<?> type) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    Stream<Class<?>> self =
        Modifier.isAbstract(type.getModifiers()) ? Stream.empty() : Stream.of(type);
    return permitted == null
        ? self
        : Stream.concat(
            self, Stream.of(permitted).flatMap(MetricsVocabularyDocTest::concreteSubtypes));
  }
}
