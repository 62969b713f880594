package dev.chat2desk4j.mock.http;

import dev.chat2desk4j.api.AssignTags;
import dev.chat2desk4j.api.GetHelpList;
import dev.chat2desk4j.api.HelpList;
import dev.chat2desk4j.api.ListChannels;
import dev.chat2desk4j.api.ListOperators;
import dev.chat2desk4j.api.ListTags;
import dev.chat2desk4j.api.ListTemplates;
import dev.chat2desk4j.api.OperatorRole;
import dev.chat2desk4j.api.RemoveTag;
import dev.chat2desk4j.api.TagAssignee;
import dev.chat2desk4j.api.TransferMessageDialogToGroup;
import java.util.List;

/**
 * How the routes of operators, channels, tags, templates and the account read their parameters.
 * Blank filters are ignored, as {@code GET /v1/clients} ignores a blank {@code phone}.
 */
final class ReferenceRoutes {

  /** A field problem: both assignees of a tag removal were given (ours). */
  static final String ONE_ASSIGNEE = "must not be given with client_id";

  private ReferenceRoutes() {}

  static ListOperators listOperators(Params params) {
    PageParams page = PageParams.of(params);
    String phone = params.text("phone");
    String email = params.text("email");
    Boolean online = params.bool("online");
    String status = params.text("status");
    OperatorRole role = null;
    String roleText = params.text("role");
    if (roleText != null) {
      role = OperatorRole.fromWire(roleText.trim());
      if (role == OperatorRole.UNKNOWN) {
        params.problem("role", WireErrors.NOT_ALLOWED);
      }
    }
    params.validate();
    ListOperators request = ListOperators.of().withOffset(page.offset()).withLimit(page.limit());
    request = blank(phone) ? request : request.withPhone(phone);
    request = blank(email) ? request : request.withEmail(email.trim());
    request = online == null ? request : request.withOnline(online);
    request = blank(status) ? request : request.withStatus(status.trim());
    return role == null ? request : request.withRole(role);
  }

  static ListChannels listChannels(Params params) {
    PageParams page = PageParams.of(params);
    String phone = params.text("phone");
    params.validate();
    ListChannels request = ListChannels.of().withOffset(page.offset()).withLimit(page.limit());
    return blank(phone) ? request : request.withPhone(phone);
  }

  static ListTags listTags(Params params) {
    PageParams page = PageParams.of(params);
    params.validate();
    return ListTags.of().withOffset(page.offset()).withLimit(page.limit());
  }

  static ListTemplates listTemplates(Params params) {
    PageParams page = PageParams.of(params);
    params.validate();
    return ListTemplates.of().withOffset(page.offset()).withLimit(page.limit());
  }

  static TransferMessageDialogToGroup transferToGroup(Params params) {
    Long groupId = params.requiredId("group_id");
    params.validate();
    return TransferMessageDialogToGroup.of(params.pathId(), groupId);
  }

  /**
   * {@code tag_ids} (a JSON array or repeated keys), {@code assignee_type}, {@code assignee_id}.
   */
  static AssignTags assignTags(Params params) {
    List<Long> tagIds = params.ids("tag_ids");
    if (tagIds.isEmpty()) {
      params.problemUnlessNamed("tag_ids", WireErrors.REQUIRED);
    }
    TagAssignee.Kind kind = null;
    String kindText = params.text("assignee_type");
    if (kindText == null) {
      params.problem("assignee_type", WireErrors.REQUIRED);
    } else {
      kind = TagAssignee.Kind.fromWire(kindText.trim());
      if (kind == null) {
        params.problem("assignee_type", WireErrors.NOT_ALLOWED);
      }
    }
    Long assigneeId = params.requiredId("assignee_id");
    params.validate();
    return new AssignTags(tagIds, new TagAssignee(kind, assigneeId));
  }

  /** The path's tag, and exactly one of {@code client_id} and {@code request_id}. */
  static RemoveTag removeTag(Params params) {
    Long clientId = params.id("client_id");
    Long requestId = params.id("request_id");
    if (!params.has("client_id") && !params.has("request_id")) {
      params.problem("client_id", WireErrors.REQUIRED);
    } else if (clientId != null && requestId != null) {
      params.problem("request_id", ONE_ASSIGNEE);
    }
    params.validate();
    return RemoveTag.of(
        params.pathId(),
        clientId != null ? TagAssignee.client(clientId) : TagAssignee.request(requestId));
  }

  /** The list the path names; the route lets through only names {@link HelpList} knows. */
  static GetHelpList helpList(Params params) {
    params.validate();
    return GetHelpList.of(HelpList.fromWire(params.pathName()));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
