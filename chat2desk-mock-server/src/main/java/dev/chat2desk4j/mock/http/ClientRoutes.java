package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.state.NewClient;

/** How the {@code /v1/clients} routes read their parameters. */
final class ClientRoutes {

  private ClientRoutes() {}

  static ListClients list(Params params) {
    PageParams page = PageParams.of(params);
    String phone = params.text("phone");
    long[] tagIds = params.ids("tags").stream().mapToLong(Long::longValue).toArray();
    params.validate();
    ListClients request =
        ListClients.of().withOffset(page.offset()).withLimit(page.limit()).withTagIds(tagIds);
    return phone == null || phone.isBlank() ? request : request.withPhone(phone);
  }

  static NewClient create(Params params) {
    String phone = params.text("phone");
    if (phone == null || phone.isBlank()) {
      params.problem("phone", WireErrors.REQUIRED);
    }
    Transport transport = MessageRoutes.transport(params);
    Long channelId = params.id("channel_id");
    String name = params.text("nickname");
    if (name == null) {
      name = params.text("name");
    }
    params.validate();
    return new NewClient(name, phone, transport, channelId);
  }
}
