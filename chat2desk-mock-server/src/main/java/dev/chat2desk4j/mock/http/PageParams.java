package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.ApiLimits;

/** The {@code limit} and {@code offset} of a listing, checked against the API's rules. */
record PageParams(int limit, int offset) {

  static PageParams of(Params params) {
    Long limit = params.integer("limit");
    Long offset = params.integer("offset");
    if (limit != null && (limit < 1 || limit > ApiLimits.MAX_PAGE_SIZE)) {
      params.problem("limit", WireErrors.LIMIT_RANGE);
      limit = null;
    }
    if (offset != null && (offset < 0 || offset > Integer.MAX_VALUE)) {
      params.problem("offset", offset < 0 ? WireErrors.NEGATIVE : WireErrors.TOO_LARGE);
      offset = null;
    }
    return new PageParams(
        limit == null ? ApiLimits.DEFAULT_PAGE_SIZE : limit.intValue(),
        offset == null ? 0 : offset.intValue());
  }
}
