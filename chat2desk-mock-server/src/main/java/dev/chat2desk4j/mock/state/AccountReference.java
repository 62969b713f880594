package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.AccountInfo;
import dev.chat2desk4j.api.GetAccountInfo;
import dev.chat2desk4j.api.GetHelpList;
import dev.chat2desk4j.api.HelpEntry;
import java.time.Clock;
import java.util.List;

/**
 * What one account holds beside its conversations: operators and their groups, channels, tags,
 * templates, webhooks, the monthly API quota, and what {@code /v1/companies/api_info} says about
 * it. Each part is a view over the account's data under its lock; a reset of the account clears
 * them with the rest.
 */
public final class AccountReference {

  /** The language every fake account has (ours). */
  static final String LANGUAGE = "en";

  /** The API version the fake reports (ours). */
  static final String API_VERSION = "v1";

  private final MockAccount account;
  private final OperatorBook operators;
  private final ChannelBook channels;
  private final TagBook tags;
  private final TemplateBook templates;
  private final ApiUsage usage;
  private final WebhookBook webhooks;

  AccountReference(MockAccount account, Clock clock) {
    this.account = account;
    this.operators = new OperatorBook(account);
    this.channels = new ChannelBook(account);
    this.tags = new TagBook(account);
    this.templates = new TemplateBook(account, clock);
    this.usage = new ApiUsage(clock);
    this.webhooks = new WebhookBook(account, clock);
  }

  void clear() {
    operators.clear();
    tags.clear();
    templates.clear();
    usage.clear();
    webhooks.clear();
  }

  /** The operators as the API shows them, and their groups. */
  public OperatorBook operators() {
    return operators;
  }

  /** The channels as the API shows them. */
  public ChannelBook channels() {
    return channels;
  }

  /** The tags and what they are put on. */
  public TagBook tags() {
    return tags;
  }

  /** The answer templates. */
  public TemplateBook templates() {
    return templates;
  }

  /** The webhooks and the legacy single hooks. */
  public WebhookBook webhooks() {
    return webhooks;
  }

  /** The calls made this month and the monthly limit. */
  public ApiUsage usage() {
    return usage;
  }

  /**
   * What {@code GET /v1/companies/api_info} answers: the account's own values where the fake has
   * them (the calls made this month, counting this one; the monthly limit; the channels), and fixed
   * ones otherwise (ours). The company id is the number in the account's {@linkplain
   * MockAccount#label() label}, so it differs between accounts and repeats across runs.
   */
  public AccountInfo info(GetAccountInfo request) {
    String label = account.label();
    long number = Long.parseLong("0" + label.replaceAll("\\D", ""));
    return new AccountInfo(
        number,
        null,
        "chat2desk4j fake " + label,
        "admin@" + label + ".example",
        HelpLists.ACCOUNT_MODE,
        LANGUAGE,
        webhooks.webHook(),
        webhooks.chatCloseWebHook(),
        API_VERSION,
        usage.requestsThisMonth(),
        usage.limit().isPresent() ? usage.limit().getAsLong() : null,
        account.channels().size());
  }

  /** One of the reference lists under {@code /v1/help/}. */
  public List<HelpEntry> helpList(GetHelpList request) {
    return HelpLists.of(request.list());
  }
}
