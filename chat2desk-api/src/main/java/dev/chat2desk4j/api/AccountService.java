package dev.chat2desk4j.api;

import java.util.List;
import java.util.Objects;

/**
 * The account itself: {@code chat2desk.account().info()} and the API's reference lists. A thin,
 * stateless view over {@link Chat2Desk#execute(Chat2DeskRequest)}: every method makes one request
 * value and executes it.
 */
public final class AccountService {

  private final Chat2Desk chat2desk;

  /**
   * The account that {@code chat2desk} acts as.
   *
   * @param chat2desk the client that executes the requests
   */
  public AccountService(Chat2Desk chat2desk) {
    this.chat2desk = Objects.requireNonNull(chat2desk, "chat2desk");
  }

  /**
   * Reads what the API says about the account, such as the calls made this month.
   *
   * @return the account's information; see {@link AccountInfo#requestsLeft()}
   */
  public AccountInfo info() {
    return chat2desk.execute(GetAccountInfo.of());
  }

  /**
   * Reads one of the API's reference lists.
   *
   * @param list which list
   * @return its entries
   */
  public List<HelpEntry> helpList(HelpList list) {
    return chat2desk.execute(GetHelpList.of(list));
  }
}
