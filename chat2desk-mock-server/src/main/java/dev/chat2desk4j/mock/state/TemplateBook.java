package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.GetTemplate;
import dev.chat2desk4j.api.ListTemplates;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Template;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The answer templates of one account. Every method runs under the account's lock. */
public final class TemplateBook {

  private final MockAccount account;
  private final Clock clock;
  private PagedList<Template> templates;

  TemplateBook(MockAccount account, Clock clock) {
    this.account = account;
    this.clock = clock;
    clear();
  }

  void clear() {
    synchronized (account) {
      templates = new PagedList<>();
    }
  }

  /** Adds a template with the next template id, created now by the account's clock. */
  public Template add(SeedTemplate template) {
    synchronized (account) {
      Template added =
          new Template(
              templates.size() + 1L,
              template.command(),
              template.text(),
              template.name(),
              clock.instant().truncatedTo(ChronoUnit.SECONDS));
      templates.add(added);
      return added;
    }
  }

  /** One page of the templates, in id order. */
  public Page<Template> list(ListTemplates request) {
    synchronized (account) {
      return templates.page(request.offset(), request.limit(), SortOrder.ASC);
    }
  }

  /**
   * The template a request names.
   *
   * @throws RecordNotFoundException for an unknown template (named by the path)
   */
  public Template get(GetTemplate request) {
    synchronized (account) {
      return PagedList.find(templates, request.id())
          .orElseThrow(() -> new RecordNotFoundException(null, request.id()));
    }
  }

  /** A snapshot of every template, in id order. */
  public List<Template> all() {
    synchronized (account) {
      return templates.snapshot();
    }
  }
}
