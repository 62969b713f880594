package dev.chat2desk4j.api;

import java.util.Objects;

/**
 * A request for one page of the account's channels ({@code GET /v1/channels}). Make it with {@link
 * #of()} and narrow it with the {@code with…} copies; every value is checked when the record is
 * made.
 *
 * @param limit the page size, 1 to {@link ApiLimits#MAX_PAGE_SIZE}
 * @param offset how many channels to skip; not negative
 * @param phone only the channels with this phone number, or null for all
 */
public record ListChannels(int limit, int offset, String phone)
    implements ListRequest<Channel, ListChannels> {

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field when a value is out of the API's rules
   */
  public ListChannels {
    Checks.pageLimit(limit);
    Checks.offset(offset);
    Checks.notBlankOrNull(phone, "phone");
  }

  /** The first page of channels, in pages of {@link ApiLimits#DEFAULT_PAGE_SIZE}. */
  public static ListChannels of() {
    return new ListChannels(ApiLimits.DEFAULT_PAGE_SIZE, 0, null);
  }

  @Override
  public Operation operation() {
    return Operation.LIST_CHANNELS;
  }

  @Override
  public ListChannels withLimit(int limit) {
    return new ListChannels(limit, offset, phone);
  }

  @Override
  public ListChannels withOffset(int offset) {
    return new ListChannels(limit, offset, phone);
  }

  /** This request narrowed to the channels with the given phone number. */
  public ListChannels withPhone(String phone) {
    Objects.requireNonNull(phone, "phone");
    return new ListChannels(limit, offset, phone);
  }
}
