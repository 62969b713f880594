package dev.chat2desk4j.mock;

import static dev.chat2desk4j.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files on sent messages, read marks, and the account-wide listing of {@code /v1/messages}. */
class MessageStateRoutesTest extends FixtureServerTest {

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void send_attachmentOnly_isValidAndRenderedByItsKind() {
    Http.Response sent =
        http.post(
            "/v1/messages",
            json("{'client_id': 1, 'text': '', 'attachment': 'https://example.com/p/cat.png'}"));

    assertThat(sent.status()).isEqualTo(200);
    Http.Response stored = http.get("/v1/messages/3");
    assertThat(stored.json().at("/data/text").isNull()).isTrue();
    assertThat(stored.json().at("/data/photo").asText()).isEqualTo("https://example.com/p/cat.png");
    assertThat(stored.json().at("/data/attachments")).isEmpty();
  }

  @Test
  void send_pdfAndAnotherFile_pdfOnTopAndTheFileAsAnAttachment() {
    http.post(
        "/v1/messages",
        json(
            "{'client_id': 1, 'text': 'Your papers', 'pdf': 'https://example.com/invoice.pdf',"
                + " 'attachment': 'https://example.com/terms.docx'}"));

    Http.Response stored = http.get("/v1/messages/3");
    assertThat(stored.json().at("/data/pdf").asText()).isEqualTo("https://example.com/invoice.pdf");
    assertThat(stored.json().at("/data/attachments"))
        .isEqualTo(
            Http.tree(
                json(
                    "[{'content_type': 'application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document', 'name': 'terms.docx',"
                        + " 'file': {'url': 'https://example.com/terms.docx'}}]")));
  }

  @Test
  void send_noTextAndNoFile_orABadUrl_answers422() {
    http.post("/v1/messages", json("{'client_id': 1, 'text': '', 'attachment': ''}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'text': ['is required']}}"));
    http.post("/v1/messages", json("{'client_id': 1, 'text': 'x', 'pdf': 'file:///etc/passwd'}"))
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'pdf': ['must be an absolute http or https URL']}}"));
  }

  @Test
  void markReadAndUnread_changeTheMessageAndTheReadFilter() {
    assertThat(http.get("/v1/messages/1/read").json().at("/data/read").asInt()).isEqualTo(1);

    assertThat(http.get("/v1/messages?client_id=1&read=0").json().at("/meta/total").asInt())
        .isZero();
    http.get("/v1/messages/2/unread");
    http.get("/v1/messages/2/unread");
    assertThat(http.get("/v1/messages?read=false").json().at("/data/0/id").asInt()).isEqualTo(2);
    assertThat(http.get("/v1/messages/9/read").status()).isEqualTo(404);
  }

  @Test
  void list_withoutClient_filtersTheWholeAccount() {
    http.post("/v1/messages", json("{'client_id': 2, 'text': 'for Boris', 'operator_id': 2}"));

    assertThat(http.get("/v1/messages").json().at("/meta/total").asInt()).isEqualTo(3);
    assertThat(http.get("/v1/messages?operator_id=2").json().at("/data/0/text").asText())
        .isEqualTo("for Boris");
    assertThat(http.get("/v1/messages?type=from_client&order=desc").json().at("/meta/total"))
        .hasToString("1");
    assertThat(http.get("/v1/messages?dialog_id=2&start_id=3").json().at("/meta/total"))
        .hasToString("1");
  }

  @Test
  void list_startAfterFinish_answers422NamingFinishDate() {
    http.get("/v1/messages?start_date=2026-11-25&finish_date=2026-11-24")
        .is(
            422,
            json(
                "{'status': 'error', 'message': 'Validation failed',"
                    + " 'errors': {'finish_date': ['must not be before start_date']}}"));
  }

  @Test
  void list_limitOver200_isCappedAndMetaSaysSo() {
    assertThat(http.get("/v1/messages?limit=1000").json().at("/meta/limit").asInt()).isEqualTo(200);
  }
}
