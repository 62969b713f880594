package dev.chat2desk4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat2desk4j.api.AccountInfo;
import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.HelpEntry;
import dev.chat2desk4j.api.HelpList;
import dev.chat2desk4j.api.QuotaExceededException;
import dev.chat2desk4j.api.Transport;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the account operations do: {@code account().info()} with the calls made this month and the
 * monthly quota, {@code account().helpList(..)}, and {@link QuotaExceededException} once the quota
 * is spent.
 */
public abstract class AccountContract extends ContractBase {

  @Test
  @DisplayName("reads the account's information, counting this account's calls this month")
  void info_countsEachCallOfThisAccount() {
    whenSupported(() -> seed().addChannel("Support", null, List.of(Transport.TELEGRAM)));
    AccountInfo before = whenSupported(() -> chat2desk().account().info());
    chat2desk().listClients();
    chat2desk().withToken(environment().otherToken()).listClients();

    AccountInfo after = chat2desk().account().info();

    assertThat(before.requestsThisMonth()).isNotNull();
    assertThat(after.requestsThisMonth()).isEqualTo(before.requestsThisMonth() + 2);
    assertThat(after.companyName()).isNotBlank();
    assertThat(after.channels()).isEqualTo(1);
    assertThat(after.requestsLimit()).isNull();
    assertThat(after.requestsLeft()).isEmpty();
  }

  @Test
  @DisplayName("shows the monthly limit and the calls left, then refuses with QuotaExceeded")
  void info_nearTheQuota_showsTheCallsLeftUntilQuotaExceeded() {
    supported(() -> seed().setMonthlyQuota(10, 8));

    AccountInfo info = whenSupported(() -> chat2desk().account().info());
    long anna = anna();
    chat2desk().sendMessage(anna, "the last call of the month");

    assertThat(info.requestsThisMonth()).isEqualTo(9);
    assertThat(info.requestsLimit()).isEqualTo(10);
    assertThat(info.requestsLeft()).hasValue(1);
    assertThatThrownBy(() -> chat2desk().sendMessage(anna, "one too many"))
        .isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("sendMessage");
    assertThatThrownBy(() -> chat2desk().account().info())
        .isInstanceOf(QuotaExceededException.class);
    assertThat(chat2desk().withToken(environment().otherToken()).listClients().items()).isEmpty();
  }

  @Test
  @DisplayName("keeps refusing every operation once the quota is spent, and stores nothing")
  void quotaSpent_everyOperation_throwsQuotaExceededAndStoresNothing() {
    long anna = anna();
    supported(() -> seed().setMonthlyQuota(5, 5));
    Chat2Desk chat2desk = chat2desk();

    assertThatThrownBy(chat2desk::listClients).isInstanceOf(QuotaExceededException.class);
    assertThatThrownBy(() -> chat2desk.sendMessage(anna, "hi"))
        .isInstanceOf(QuotaExceededException.class);
    assertThatThrownBy(chat2desk::listTransfers).isInstanceOf(QuotaExceededException.class);
    seed().setMonthlyQuota(100, 5);
    assertThat(chat2desk.listMessages(anna).total()).hasValue(0);
  }

  @Test
  @DisplayName("reads each reference list whole, every entry named")
  void helpList_each_answersNamedEntries() {
    for (HelpList list : HelpList.values()) {
      List<HelpEntry> entries = whenSupported(() -> chat2desk().account().helpList(list));

      assertThat(entries)
          .as("help list %s", list.wireValue())
          .isNotEmpty()
          .allSatisfy(entry -> assertThat(entry.name()).isNotBlank());
    }
  }

  @Test
  @DisplayName("lists the messengers, roles and dialog states by their wire names")
  void helpList_knownLists_useTheWireNames() {
    List<String> transports = names(HelpList.TRANSPORTS);

    assertThat(transports).contains("telegram", "whatsapp");
    assertThat(names(HelpList.ROLES)).contains("admin", "operator");
    assertThat(names(HelpList.DIALOG_STATES)).contains("open", "closed");
    assertThat(names(HelpList.MESSAGE_TYPES)).contains("to_client", "from_client");
  }

  private List<String> names(HelpList list) {
    return whenSupported(() -> chat2desk().account().helpList(list)).stream()
        .map(HelpEntry::name)
        .toList();
  }
}
