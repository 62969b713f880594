package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.ApiLimits;
import dev.chat2desk4j.api.SortOrder;

/**
 * The {@code limit} and {@code offset} of a listing, checked against the API's rules: the one place
 * every list route reads them. A {@code limit} above {@link ApiLimits#MAX_PAGE_SIZE} is capped to
 * it, not refused, and the answer's {@code meta.limit} says so (ours: public clients send {@code
 * limit=500} as a normal call).
 */
record PageParams(int limit, int offset) {

  static PageParams of(Params params) {
    Long limit = params.integer("limit");
    Long offset = params.integer("offset");
    if (limit != null && limit < 1) {
      params.problem("limit", WireErrors.LIMIT_RANGE);
      limit = null;
    }
    if (offset != null && (offset < 0 || offset > Integer.MAX_VALUE)) {
      params.problem("offset", offset < 0 ? WireErrors.NEGATIVE : WireErrors.TOO_LARGE);
      offset = null;
    }
    return new PageParams(
        limit == null
            ? ApiLimits.DEFAULT_PAGE_SIZE
            : (int) Math.min(limit, ApiLimits.MAX_PAGE_SIZE),
        offset == null ? 0 : offset.intValue());
  }

  /** A listing's {@code order}, {@code asc} or {@code desc} in any case, or null when absent. */
  static SortOrder order(Params params) {
    String text = params.text("order");
    if (text == null) {
      return null;
    }
    SortOrder order = SortOrder.fromWire(text.trim());
    if (order == null) {
      params.problem("order", WireErrors.NOT_ALLOWED);
    }
    return order;
  }
}
