package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's Markdown links only inside the repository, to files that exist: users have the
 * repository, not the design notes it was written from.
 */
class DocLinksTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void everyRelativeLink_inTheDocsAndReadmes_pointsAtAFileOfTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = LINK.matcher(Files.readString(page));
      while (link.find()) {
        String target = link.group(1).replaceFirst("#.*$", "");
        if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
          continue; // an anchor in the page, or a web address
        }
        if (!Files.exists(page.getParent().resolve(target))) {
          broken.add(ROOT.relativize(page) + " -> " + link.group(1));
        }
      }
    }

    assertThat(broken).isEmpty();
  }

  @Test
  void noPage_pointsAtTheSharedDesignNotes() throws IOException {
    for (Path page : pages()) {
      assertThat(Files.readString(page)).as(page.toString()).doesNotContain("shared/docs");
    }
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"));
        Stream<Path> modules = Files.list(ROOT)) {
      docs.filter(path -> path.toString().endsWith(".md")).forEach(pages::add);
      modules.map(dir -> dir.resolve("README.md")).filter(Files::exists).forEach(pages::add);
    }
    pages.add(ROOT.resolve("README.md"));
    pages.add(ROOT.resolve("CHANGELOG.md"));
    pages.add(ROOT.resolve("BENCHMARKS.md"));
    assertThat(pages).hasSizeGreaterThan(10);
    return pages;
  }
}
