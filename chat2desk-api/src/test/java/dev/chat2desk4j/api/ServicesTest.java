package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every service method sends exactly the request value it stands for. */
class ServicesTest {

  private final RecordingChat2Desk chat2desk = new RecordingChat2Desk(request -> null);

  @Test
  void clients_everyMethod_sendsItsRequest() {
    ListClients filter = ListClients.of().withPhone("79001234567");
    CreateClient create = CreateClient.of("79001234567");
    UpdateClient update = UpdateClient.of(42).withComment("vip");
    ListClientDialogs dialogs = ListClientDialogs.of(42).withOffset(20);
    ClientService clients = chat2desk.clients();

    clients.get(42);
    clients.list(filter);
    clients.list();
    clients.all(filter).count();
    clients.all().count();
    clients.create(create);
    clients.update(update);
    clients.transports(42);
    clients.dialogs(42);
    clients.dialogs(dialogs);
    clients.allDialogs(42).count();
    clients.lastQuestion(42);

    assertThat(chat2desk.requests)
        .containsExactly(
            GetClient.of(42),
            filter,
            ListClients.of(),
            filter.withLimit(200),
            ListClients.of().withLimit(200),
            create,
            update,
            GetClientTransports.of(42),
            ListClientDialogs.of(42),
            dialogs,
            ListClientDialogs.of(42).withLimit(200),
            GetClientLastQuestion.of(42));
  }

  @Test
  void messages_everyMethod_sendsItsRequest() {
    SendMessage send = SendMessage.of(42, "Hi");
    ListMessages filter = ListMessages.of(42).withRead(false);
    SendInboundMessage inbound = SendInboundMessage.of(12, InboundSender.client(42), "Hi");
    TransferMessageDialog forced = TransferMessageDialog.of(9001, 5).withForceAssign(true);
    MessageService messages = chat2desk.messages();

    messages.send(send);
    messages.list(filter);
    messages.list();
    messages.all(filter).count();
    messages.all().count();
    messages.get(9001);
    messages.markRead(9001);
    messages.markUnread(9001);
    messages.sendInbound(inbound);
    messages.transferDialog(9001, 5);
    messages.transferDialog(forced);
    messages.transferDialogToGroup(9001, 3);

    assertThat(chat2desk.requests)
        .containsExactly(
            send,
            filter,
            ListMessages.of(),
            filter.withLimit(200),
            ListMessages.of().withLimit(200),
            GetMessage.of(9001),
            MarkMessageRead.of(9001),
            MarkMessageUnread.of(9001),
            inbound,
            TransferMessageDialog.of(9001, 5),
            forced,
            TransferMessageDialogToGroup.of(9001, 3));
  }

  @Test
  void dialogs_everyMethod_sendsItsRequest() {
    ListDialogs filter = ListDialogs.of().withState(DialogState.OPEN);
    ListUnansweredDialogs unanswered = ListUnansweredDialogs.of().withOffset(20);
    UpdateDialog update = UpdateDialog.of(7).withInitiatorId(3);
    DialogService dialogs = chat2desk.dialogs();

    dialogs.list(filter);
    dialogs.list();
    dialogs.all(filter).count();
    dialogs.all().count();
    dialogs.get(7);
    dialogs.unanswered(unanswered);
    dialogs.unanswered();
    dialogs.update(update);
    dialogs.reassign(7, 5);
    dialogs.close(7);

    assertThat(chat2desk.requests)
        .containsExactly(
            filter,
            ListDialogs.of(),
            filter.withLimit(200),
            ListDialogs.of().withLimit(200),
            GetDialog.of(7),
            unanswered,
            ListUnansweredDialogs.of(),
            update,
            new UpdateDialog(7, 5L, null, null),
            new UpdateDialog(7, null, DialogState.CLOSED, null));
  }

  @Test
  void transfers_everyMethod_sendsItsRequest() {
    ListTransfers filter = ListTransfers.of().withDialogId(777);
    TransferService transfers = chat2desk.transfers();

    transfers.list(filter);
    transfers.list();
    transfers.all(filter).count();
    transfers.all().count();

    assertThat(chat2desk.requests)
        .containsExactly(
            filter, ListTransfers.of(), filter.withLimit(200), ListTransfers.of().withLimit(200));
  }

  @Test
  void operators_everyMethod_sendsItsRequest() {
    ListOperators filter = ListOperators.of().withOnline(true);
    OperatorService operators = chat2desk.operators();

    operators.list(filter);
    operators.list();
    operators.all(filter).count();
    operators.all().count();
    operators.groups();

    assertThat(chat2desk.requests)
        .containsExactly(
            filter,
            ListOperators.of(),
            filter.withLimit(200),
            ListOperators.of().withLimit(200),
            GetOperatorGroups.of());
  }

  @Test
  void channels_everyMethod_sendsItsRequest() {
    ListChannels filter = ListChannels.of().withPhone("79001234567");
    ChannelService channels = chat2desk.channels();

    channels.list(filter);
    channels.list();
    channels.all(filter).count();
    channels.all().count();
    channels.get(12);

    assertThat(chat2desk.requests)
        .containsExactly(
            filter,
            ListChannels.of(),
            filter.withLimit(200),
            ListChannels.of().withLimit(200),
            GetChannel.of(12));
  }

  @Test
  void tags_everyMethod_sendsItsRequest() {
    ListTags page = ListTags.of().withOffset(20);
    AssignTags assign = AssignTags.of(TagAssignee.client(42), 3, 5);
    RemoveTag remove = RemoveTag.of(3, TagAssignee.request(555));
    TagService tags = chat2desk.tags();

    tags.list(page);
    tags.list();
    tags.all(page).count();
    tags.all().count();
    tags.get(3);
    tags.assign(assign);
    tags.remove(remove);

    assertThat(chat2desk.requests)
        .containsExactly(
            page,
            ListTags.of(),
            page.withLimit(200),
            ListTags.of().withLimit(200),
            GetTag.of(3),
            assign,
            remove);
  }

  @Test
  void templates_everyMethod_sendsItsRequest() {
    ListTemplates page = ListTemplates.of().withLimit(5);
    TemplateService templates = chat2desk.templates();

    templates.list(page);
    templates.list();
    templates.all(page).count();
    templates.all().count();
    templates.get(8);

    assertThat(chat2desk.requests)
        .containsExactly(
            page,
            ListTemplates.of(),
            page.withLimit(200),
            ListTemplates.of().withLimit(200),
            GetTemplate.of(8));
  }

  @Test
  void account_everyMethod_sendsItsRequest() {
    chat2desk.account().info();
    chat2desk.account().helpList(HelpList.TRANSPORTS);

    assertThat(chat2desk.requests)
        .containsExactly(GetAccountInfo.of(), GetHelpList.of(HelpList.TRANSPORTS));
  }

  @Test
  void webhooks_everyMethod_sendsItsRequest() {
    CreateWebhook create = CreateWebhook.of("https://x.example/h", WebhookEvent.INBOX);
    UpdateWebhook update = UpdateWebhook.of(7).withStatus(WebhookStatus.DISABLED);
    WebhookService webhooks = chat2desk.webhooks();

    webhooks.list();
    webhooks.create(create);
    webhooks.update(update);
    webhooks.delete(7);
    webhooks.setWebHook("https://x.example/all");
    webhooks.setChatCloseWebHook("https://x.example/closed");

    assertThat(chat2desk.requests)
        .containsExactly(
            GetWebhooks.of(),
            create,
            update,
            DeleteWebhook.of(7),
            SetWebHook.of("https://x.example/all"),
            SetChatCloseWebHook.of("https://x.example/closed"));
  }

  @Test
  void voidOperations_executeAnswersNull() {
    RecordingChat2Desk echo = new RecordingChat2Desk(request -> null);

    Void answer = echo.execute(MarkMessageRead.of(1));

    assertThat(answer).isNull();
  }

  /**
   * A {@link Chat2Desk} that records every request and answers with {@code answers}, or with an
   * empty page for a listing, so that streams end after one page.
   */
  static final class RecordingChat2Desk implements Chat2Desk {

    final List<Chat2DeskRequest<?>> requests = new ArrayList<>();
    private final Function<Chat2DeskRequest<?>, Object> answers;

    RecordingChat2Desk(Function<Chat2DeskRequest<?>, Object> answers) {
      this.answers = answers;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Chat2DeskRequest<R> request) {
      requests.add(request);
      Object answer = answers.apply(request);
      if (answer == null && request instanceof ListRequest<?, ?> page) {
        answer = new Page<>(List.of(), OptionalLong.empty(), page.limit(), page.offset());
      }
      return (R) answer;
    }

    @Override
    public Chat2Desk withToken(String token) {
      return this;
    }

    @Override
    public void close() {}
  }
}
