package dev.chat2desk4j.api;

/**
 * One call of the API as a value: the operation to perform and everything it needs, checked when
 * the value is made. {@link Chat2Desk#execute(Chat2DeskRequest)} performs any of them, which is why
 * a decorator or a fake that implements that one method covers every operation, present and future.
 *
 * <p>The set is closed: only this library's request records implement it, one per {@link
 * Operation}, so an implementation can route on {@link #operation()} and trust the request's type.
 *
 * <p>A request whose answer carries nothing the caller needs, such as {@link MarkMessageRead}, has
 * the result type {@link Void}: {@code execute} returns null for it.
 *
 * @param <R> what the API answers to this request, such as {@code Page<Client>}
 */
public sealed interface Chat2DeskRequest<R>
    permits ListRequest,
        SendMessage,
        GetClient,
        CreateClient,
        UpdateClient,
        GetClientTransports,
        GetClientLastQuestion,
        GetMessage,
        MarkMessageRead,
        MarkMessageUnread,
        SendInboundMessage,
        TransferMessageDialog,
        TransferMessageDialogToGroup,
        GetDialog,
        UpdateDialog,
        GetOperatorGroups,
        GetChannel,
        GetTag,
        AssignTags,
        RemoveTag,
        GetTemplate,
        GetAccountInfo,
        GetHelpList,
        GetWebhooks,
        CreateWebhook,
        UpdateWebhook,
        DeleteWebhook,
        SetWebHook,
        SetChatCloseWebHook {

  /** The operation this request performs; each request type has exactly one. */
  Operation operation();
}
