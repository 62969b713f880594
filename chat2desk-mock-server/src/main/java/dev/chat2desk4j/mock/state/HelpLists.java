package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.HelpEntry;
import dev.chat2desk4j.api.HelpList;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reference lists the fake serves under {@code /v1/help/}, the same for every account. The
 * public sources name the lists but not their entries: each entry here is {@code {id, name,
 * description}} with the names this library knows (ours), ids numbered from 1 in that order.
 */
public final class HelpLists {

  /** The API modes (levels) the fake lists, and the one its accounts have (ours). */
  static final List<String> API_MODES = List.of("basic", "extended", "full");

  /** The mode every fake account has. */
  static final String ACCOUNT_MODE = "full";

  private static final Map<HelpList, List<HelpEntry>> LISTS =
      Map.of(
          HelpList.TRANSPORTS,
          entries(wireValues(Transport.values(), Transport.UNKNOWN, Transport::wireValue)),
          HelpList.ROLES,
          entries(wireValues(OperatorRole.values(), OperatorRole.UNKNOWN, OperatorRole::wireValue)),
          HelpList.DIALOG_STATES,
          entries(wireValues(DialogState.values(), DialogState.UNKNOWN, DialogState::wireValue)),
          HelpList.MESSAGE_TYPES,
          entries(wireValues(MessageType.values(), MessageType.UNKNOWN, MessageType::wireValue)),
          HelpList.API_MODES,
          entries(API_MODES));

  private HelpLists() {}

  /** The entries of one list, in id order. */
  public static List<HelpEntry> of(HelpList list) {
    return LISTS.get(list);
  }

  private static <E> List<String> wireValues(E[] values, E unknown, Function<E, String> wire) {
    return Arrays.stream(values).filter(value -> value != unknown).map(wire).toList();
  }

  private static List<HelpEntry> entries(List<String> names) {
    List<HelpEntry> entries = new ArrayList<>();
    for (String name : names) {
      entries.add(new HelpEntry(entries.size() + 1L, name, description(name)));
    }
    return List.copyOf(entries);
  }

  private static String description(String name) {
    String words = name.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
