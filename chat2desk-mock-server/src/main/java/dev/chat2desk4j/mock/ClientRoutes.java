package dev.chat2desk4j.mock;

import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.NewClient;
import dev.chat2desk4j.mock.state.WireErrors;

/** {@code /v1/clients}: list, read one, create. */
final class ClientRoutes {

  private ClientRoutes() {}

  static byte[] list(MockAccount account, Params params) {
    PageParams page = PageParams.of(params);
    String phone = params.text("phone");
    params.validate();
    ListClients request = ListClients.of().withOffset(page.offset()).withLimit(page.limit());
    if (phone != null && !phone.isBlank()) {
      request = request.withPhone(phone);
    }
    return Json.page(account.listClients(request), Json::client);
  }

  static byte[] get(MockAccount account, long id) {
    return Json.success(account.client(id).orElseThrow(WireErrors::pageNotFound), Json::client);
  }

  static byte[] create(MockAccount account, Params params) {
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
    NewClient request = new NewClient(name, phone, transport, channelId);
    return Json.success(account.createClient(request), Json::client);
  }
}
