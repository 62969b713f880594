package dev.chat2desk4j.api;

/**
 * Every operation of {@link Chat2Desk}, named as metrics, logs, exceptions and fault rules refer to
 * them, with what repeating it does to the account ({@link #safety()}), which retry rules read.
 */
public enum Operation {
  /** {@link SendMessage}: {@code POST /v1/messages}. */
  SEND_MESSAGE("sendMessage", Safety.UNSAFE),
  /** {@link ListMessages}: {@code GET /v1/messages}. */
  LIST_MESSAGES("listMessages", Safety.SAFE),
  /** {@link ListClients}: {@code GET /v1/clients}. */
  LIST_CLIENTS("listClients", Safety.SAFE),
  /** {@link GetClient}: {@code GET /v1/clients/{id}}. */
  GET_CLIENT("getClient", Safety.SAFE),
  /** {@link ListTransfers}: {@code GET /v1/transfers}. */
  LIST_TRANSFERS("listTransfers", Safety.SAFE),

  // Clients
  /** {@link CreateClient}: {@code POST /v1/clients}. */
  CREATE_CLIENT("createClient", Safety.UNSAFE),
  /** {@link UpdateClient}: {@code PUT /v1/clients/{id}}. */
  UPDATE_CLIENT("updateClient", Safety.IDEMPOTENT),
  /** {@link GetClientTransports}: {@code GET /v1/clients/{id}/transport}. */
  GET_CLIENT_TRANSPORTS("getClientTransports", Safety.SAFE),
  /** {@link ListClientDialogs}: {@code GET /v1/clients/{id}/dialogs}. */
  LIST_CLIENT_DIALOGS("listClientDialogs", Safety.SAFE),
  /** {@link GetClientLastQuestion}: {@code GET /v1/clients/{id}/last_question}. */
  GET_CLIENT_LAST_QUESTION("getClientLastQuestion", Safety.SAFE),

  // Messages
  /** {@link GetMessage}: {@code GET /v1/messages/{id}}. */
  GET_MESSAGE("getMessage", Safety.SAFE),
  /** {@link MarkMessageRead}: {@code GET /v1/messages/{id}/read}. */
  MARK_MESSAGE_READ("markMessageRead", Safety.IDEMPOTENT),
  /** {@link MarkMessageUnread}: {@code GET /v1/messages/{id}/unread}. */
  MARK_MESSAGE_UNREAD("markMessageUnread", Safety.IDEMPOTENT),
  /** {@link SendInboundMessage}: {@code POST /v1/messages/inbox}. */
  SEND_INBOUND_MESSAGE("sendInboundMessage", Safety.UNSAFE),
  /** {@link TransferMessageDialog}: {@code GET /v1/messages/{id}/transfer?operator_id=}. */
  TRANSFER_MESSAGE_DIALOG("transferMessageDialog", Safety.IDEMPOTENT),
  /**
   * {@link TransferMessageDialogToGroup}: {@code GET
   * /v1/messages/{id}/transfer_to_group?group_id=}.
   */
  TRANSFER_MESSAGE_DIALOG_TO_GROUP("transferMessageDialogToGroup", Safety.IDEMPOTENT),

  // Dialogs
  /** {@link ListDialogs}: {@code GET /v1/dialogs}. */
  LIST_DIALOGS("listDialogs", Safety.SAFE),
  /** {@link GetDialog}: {@code GET /v1/dialogs/{id}}. */
  GET_DIALOG("getDialog", Safety.SAFE),
  /** {@link ListUnansweredDialogs}: {@code GET /v1/dialogs/unanswered}. */
  LIST_UNANSWERED_DIALOGS("listUnansweredDialogs", Safety.SAFE),
  /** {@link UpdateDialog}: {@code PUT /v1/dialogs/{id}}. */
  UPDATE_DIALOG("updateDialog", Safety.IDEMPOTENT),

  // Operators and channels
  /** {@link ListOperators}: {@code GET /v1/operators}. */
  LIST_OPERATORS("listOperators", Safety.SAFE),
  /** {@link GetOperatorGroups}: {@code GET /v1/operators_groups}. */
  GET_OPERATOR_GROUPS("getOperatorGroups", Safety.SAFE),
  /** {@link ListChannels}: {@code GET /v1/channels}. */
  LIST_CHANNELS("listChannels", Safety.SAFE),
  /** {@link GetChannel}: {@code GET /v1/channels/{id}}. */
  GET_CHANNEL("getChannel", Safety.SAFE),

  // Tags and templates
  /** {@link ListTags}: {@code GET /v1/tags}. */
  LIST_TAGS("listTags", Safety.SAFE),
  /** {@link GetTag}: {@code GET /v1/tags/{id}}. */
  GET_TAG("getTag", Safety.SAFE),
  /** {@link AssignTags}: {@code POST /v1/tags/assign_to}. */
  ASSIGN_TAGS("assignTags", Safety.IDEMPOTENT),
  /** {@link RemoveTag}: {@code DELETE /v1/tags/{id}/delete_from}. */
  REMOVE_TAG("removeTag", Safety.IDEMPOTENT),
  /** {@link ListTemplates}: {@code GET /v1/templates}. */
  LIST_TEMPLATES("listTemplates", Safety.SAFE),
  /** {@link GetTemplate}: {@code GET /v1/templates/{id}}. */
  GET_TEMPLATE("getTemplate", Safety.SAFE),

  // Account
  /** {@link GetAccountInfo}: {@code GET /v1/companies/api_info}. */
  GET_ACCOUNT_INFO("getAccountInfo", Safety.SAFE),
  /** {@link GetHelpList}: {@code GET /v1/help/{list}}. */
  GET_HELP_LIST("getHelpList", Safety.SAFE),

  // Webhooks
  /** {@link GetWebhooks}: {@code GET /v1/webhooks}. */
  GET_WEBHOOKS("getWebhooks", Safety.SAFE),
  /** {@link CreateWebhook}: {@code POST /v1/webhooks}. */
  CREATE_WEBHOOK("createWebhook", Safety.UNSAFE),
  /** {@link UpdateWebhook}: {@code PUT /v1/webhooks/{id}}. */
  UPDATE_WEBHOOK("updateWebhook", Safety.IDEMPOTENT),
  /** {@link DeleteWebhook}: {@code DELETE /v1/webhooks/{id}}. */
  DELETE_WEBHOOK("deleteWebhook", Safety.IDEMPOTENT),
  /** {@link SetWebHook}: {@code POST /v1/companies/web_hook}. */
  SET_WEB_HOOK("setWebHook", Safety.IDEMPOTENT),
  /** {@link SetChatCloseWebHook}: {@code POST /v1/companies/chat_close_web_hook}. */
  SET_CHAT_CLOSE_WEB_HOOK("setChatCloseWebHook", Safety.IDEMPOTENT);

  /**
   * What repeating an operation does to the account, judged from the API's effect rather than the
   * HTTP method (the API marks a message read with a {@code GET}, for one).
   */
  public enum Safety {
    /** Only reads: repeating it changes nothing. */
    SAFE,
    /**
     * Changes the account, but a repeat leaves the same state as one call: marking a message read,
     * reassigning a dialog to the same operator, updating a client with the same values.
     */
    IDEMPOTENT,
    /**
     * Each call acts again: sending a message, creating a client. Repeating one whose first call
     * may have reached the API can act twice.
     */
    UNSAFE
  }

  private final String methodName;
  private final Safety safety;

  Operation(String methodName, Safety safety) {
    this.methodName = methodName;
    this.safety = safety;
  }

  /**
   * A short, stable camel-case name such as {@code sendMessage}, fit for a metric tag.
   *
   * @return the operation's name
   */
  public String methodName() {
    return methodName;
  }

  /** What repeating this operation does to the account. */
  public Safety safety() {
    return safety;
  }

  /**
   * Whether a call may be repeated after a failure that leaves its fate unknown (a read timeout, a
   * server error) without risk of acting twice: true for safe and idempotent operations.
   */
  public boolean isRepeatable() {
    return safety != Safety.UNSAFE;
  }
}
