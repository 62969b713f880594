package dev.chat2desk4j.feign;

import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import feign.Param;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How values that are not plain numbers or text are written into a query: the {@link
 * Param.Expander}s that {@link Chat2DeskApi}'s annotations name, and the comma-separated id lists.
 * Feign leaves a parameter out when its value is null and never hands null to an expander, so an
 * unset filter never reaches the wire. Feign instantiates the expanders by reflection, hence their
 * public modifiers.
 */
final class QueryValues {

  private QueryValues() {}

  /**
   * A moment as ISO-8601 in UTC to the second, such as {@code 2026-11-24T10:15:00Z} (ours: the
   * public sources do not say what the API takes; this form names its zone, so no server reads it
   * in another).
   */
  public static final class Timestamp implements Param.Expander {
    @Override
    public String expand(Object value) {
      return DateTimeFormatter.ISO_INSTANT.format(
          ((Instant) value).truncatedTo(ChronoUnit.SECONDS));
    }
  }

  /** A flag as {@code 1} or {@code 0}, as the API writes its own booleans. */
  public static final class Flag implements Param.Expander {
    @Override
    public String expand(Object value) {
      return Boolean.TRUE.equals(value) ? "1" : "0";
    }
  }

  /** A value of one of the API's closed sets as its wire name, such as {@code to_client}. */
  public static final class Name implements Param.Expander {
    @Override
    public String expand(Object value) {
      if (value instanceof SortOrder order) {
        return order.wireValue();
      }
      if (value instanceof Transport transport) {
        return transport.wireValue();
      }
      if (value instanceof MessageType type) {
        return type.wireValue();
      }
      if (value instanceof DialogState state) {
        return state.wireValue();
      }
      if (value instanceof OperatorRole role) {
        return role.wireValue();
      }
      throw new IllegalArgumentException("No wire name for a " + value.getClass().getName());
    }
  }

  /**
   * Ids as one comma-separated value, such as {@code tags=3,5}, or null for none so that the filter
   * is left out (Feign would repeat the parameter per item of a list).
   */
  static String csv(List<Long> ids) {
    return ids.isEmpty()
        ? null
        : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
