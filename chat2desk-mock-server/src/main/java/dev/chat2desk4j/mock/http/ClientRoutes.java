package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.ListClientDialogs;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.SortOrder;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateClient;
import dev.chat2desk4j.mock.state.NewClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the {@code /v1/clients} routes read their parameters. */
final class ClientRoutes {

  private ClientRoutes() {}

  static ListClients list(Params params) {
    PageParams page = PageParams.of(params);
    String phone = params.text("phone");
    List<Long> tags = params.ids("tags");
    SortOrder order = PageParams.order(params);
    Instant createdAfter = params.instant("created_after", false);
    params.validate();
    ListClients request = ListClients.of().withOffset(page.offset()).withLimit(page.limit());
    request = phone == null || phone.isBlank() ? request : request.withPhone(phone);
    request = request.withTagIds(tags.stream().mapToLong(Long::longValue).toArray());
    request = order == null ? request : request.withOrder(order);
    return createdAfter == null ? request : request.withCreatedAfter(createdAfter);
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
    params.text("assigned_phone"); // accepted, not kept: the client object has no such field
    params.validate();
    NewClient request = NewClient.of(name, phone).withTransport(transport);
    return channelId == null ? request : request.withChannelId(channelId);
  }

  static UpdateClient update(Params params) {
    Map<String, String> fields = CompoundParams.object(params, "custom_fields");
    Map<String, String> customFields = new LinkedHashMap<>();
    if (fields != null) {
      fields.forEach(
          (name, value) -> {
            if (name.isBlank()) {
              params.problem("custom_fields", "must not have a blank name");
            } else {
              customFields.put(name, value);
            }
          });
    }
    UpdateClient request =
        new UpdateClient(
            params.pathId(),
            params.string("nickname"),
            params.string("comment"),
            params.string("extra_comment_1"),
            params.string("extra_comment_2"),
            params.string("extra_comment_3"),
            params.string("external_id"),
            Map.of());
    params.validate();
    return request.withCustomFields(customFields);
  }

  static ListClientDialogs dialogs(Params params) {
    PageParams page = PageParams.of(params);
    params.validate();
    return ListClientDialogs.of(params.pathId()).withOffset(page.offset()).withLimit(page.limit());
  }
}
