package dev.chat2desk4j.api;

/**
 * A request for what the API says about the account the token belongs to ({@code GET
 * /v1/companies/api_info}), including the calls made this month. Make it with {@link #of()}.
 */
public record GetAccountInfo() implements Chat2DeskRequest<AccountInfo> {

  /** The request for the account's information. */
  public static GetAccountInfo of() {
    return new GetAccountInfo();
  }

  @Override
  public Operation operation() {
    return Operation.GET_ACCOUNT_INFO;
  }
}
