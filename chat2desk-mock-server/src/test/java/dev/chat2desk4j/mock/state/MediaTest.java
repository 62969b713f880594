package dev.chat2desk4j.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Attachment;
import dev.chat2desk4j.api.AttachmentKind;
import org.junit.jupiter.api.Test;

class MediaTest {

  @Test
  void ofSend_picture_isAPhotoWithoutMediaType() {
    assertThat(Media.ofSend("https://x.io/a/cat.JPG?v=2", null))
        .containsExactly(Attachment.of(AttachmentKind.PHOTO, "https://x.io/a/cat.JPG?v=2"));
  }

  @Test
  void ofSend_unknownFileAndPdf_pdfOnTopAndTheFileWithItsTypeAndName() {
    assertThat(Media.ofSend("https://x.io/data.bin", "https://x.io/doc"))
        .containsExactly(
            Attachment.of(AttachmentKind.PDF, "https://x.io/doc"),
            new Attachment(
                AttachmentKind.FILE,
                "https://x.io/data.bin",
                "application/octet-stream",
                "data.bin"));
  }

  @Test
  void ofSend_secondPdf_becomesAnAttachmentItem() {
    assertThat(Media.ofSend("https://x.io/b.pdf", "https://x.io/a.pdf"))
        .containsExactly(
            Attachment.of(AttachmentKind.PDF, "https://x.io/a.pdf"),
            new Attachment(AttachmentKind.PDF, "https://x.io/b.pdf", "application/pdf", "b.pdf"));
  }

  @Test
  void ofSend_pdfAndPicture_inTheOrderAReaderOfTheWireFoldsThem() {
    assertThat(Media.ofSend("https://x.io/a.png", "https://x.io/b.pdf"))
        .extracting(Attachment::kind)
        .containsExactly(AttachmentKind.PHOTO, AttachmentKind.PDF);
  }

  @Test
  void ofInbound_imageAndVideo_keepTheirKinds() {
    assertThat(Media.ofInbound("https://x.io/i", "https://x.io/v"))
        .extracting(Attachment::kind)
        .containsExactly(AttachmentKind.PHOTO, AttachmentKind.VIDEO);
  }
}
