package dev.chat2desk4j.api;

/**
 * A request for one answer template ({@code GET /v1/templates/{id}}). Make it with {@link
 * #of(long)}.
 *
 * @param id the template's id; positive
 */
public record GetTemplate(long id) implements Chat2DeskRequest<Template> {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is not positive
   */
  public GetTemplate {
    Checks.positive(id, "id");
  }

  /**
   * The template with this id.
   *
   * @param id the template's id; positive
   * @return the request
   */
  public static GetTemplate of(long id) {
    return new GetTemplate(id);
  }

  @Override
  public Operation operation() {
    return Operation.GET_TEMPLATE;
  }
}
