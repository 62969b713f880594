package dev.chat2desk4j.api;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The account's answer templates: {@code chat2desk.templates().list(..)}, {@code .all(..)}, {@code
 * .get(id)}. A thin, stateless view over {@link Chat2Desk#execute(Chat2DeskRequest)}: every method
 * makes one request value and executes it.
 */
public final class TemplateService {

  private final Chat2Desk chat2desk;

  /**
   * The answer templates of the account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public TemplateService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /** Lists one page of answer templates. */
  public Page<Template> list(ListTemplates request) {
    return chat2desk.execute(request);
  }

  /** Lists the first page of answer templates. */
  public Page<Template> list() {
    return list(ListTemplates.of());
  }

  /** Streams all the answer templates matching the filter, fetching pages lazily. */
  public Stream<Template> all(ListTemplates filter) {
    return chat2desk.all(filter);
  }

  /** Streams all the account's answer templates, fetching pages lazily. */
  public Stream<Template> all() {
    return all(ListTemplates.of());
  }

  /**
   * Reads one template.
   *
   * @param id the template's id; positive
   * @return the template
   * @throws NotFoundException when the account has no template with this id
   */
  public Template get(long id) {
    return chat2desk.execute(GetTemplate.of(id));
  }
}
