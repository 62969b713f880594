package dev.chat2desk4j.api;

import java.util.OptionalLong;

/**
 * What the API says about the account the token belongs to. The API has answered this in two
 * generations of field names (the current {@code companyID}, {@code company_mode}, {@code
 * company_lang}, ... and the older {@code mode}, {@code hook}, {@code requests_this_month}, ...); a
 * transport reads both into these components, so any of them may be missing.
 *
 * @param companyId the account's id ({@code companyID}), or null
 * @param partnerId the id of the partner that manages the account ({@code partnerID}), or null
 * @param companyName the account's name, or null
 * @param adminEmail the administrator's e-mail, or null
 * @param mode the account's API mode (level), from {@code company_mode} or {@code mode}, or null
 * @param language the account's language, from {@code company_lang}, or null
 * @param webHook the legacy single webhook's URL ({@code hook}), or null
 * @param chatCloseWebHook the legacy dialog-closed webhook's URL ({@code chat_close_web_hook}), or
 *     null
 * @param currentVersion the API version serving the account, or null
 * @param requestsThisMonth how many API calls the account made this month, or null
 * @param requestsLimit how many API calls the account may make a month, when known, or null; the
 *     API does not name this field: it is ours, for watching the quota
 * @param channels how many channels the account has, or null
 */
public record AccountInfo(
    Long companyId,
    Long partnerId,
    String companyName,
    String adminEmail,
    String mode,
    String language,
    String webHook,
    String chatCloseWebHook,
    String currentVersion,
    Long requestsThisMonth,
    Long requestsLimit,
    Integer channels) {

  /**
   * How many API calls the account may still make this month, to slow down before {@link
   * QuotaExceededException} stops it: the limit minus the calls made, never below zero.
   *
   * @return the calls left, or empty when the answer did not give both the limit and the count
   */
  public OptionalLong requestsLeft() {
    if (requestsLimit == null || requestsThisMonth == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(0, requestsLimit - requestsThisMonth));
  }
}
