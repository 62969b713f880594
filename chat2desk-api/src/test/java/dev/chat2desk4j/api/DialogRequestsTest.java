package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialogRequestsTest {

  @Test
  void listDialogs_withFilters_setOperatorStateAndOrder() {
    ListDialogs request =
        ListDialogs.of()
            .withOperatorId(5)
            .withState(DialogState.OPEN)
            .withOrder(SortOrder.DESC)
            .withLimit(50);

    assertThat(request).isEqualTo(new ListDialogs(50, 0, 5L, DialogState.OPEN, SortOrder.DESC));
    assertThat(ListDialogs.of()).isEqualTo(new ListDialogs(20, 0, null, null, null));
  }

  @Test
  void listDialogs_invalidFilters_throwNamingTheField() {
    assertThatThrownBy(() -> ListDialogs.of().withOperatorId(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operatorId must be positive but was 0");
    assertThatThrownBy(() -> ListDialogs.of().withState(DialogState.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state must be a known value but was UNKNOWN");
    assertThatThrownBy(() -> ListDialogs.of().withOrder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("order");
  }

  @Test
  void updateDialog_of_setsNothing_andIsValid() {
    assertThat(UpdateDialog.of(4324035)).isEqualTo(new UpdateDialog(4324035, null, null, null));
  }

  @Test
  void updateDialog_withCopies_eachSetsOneField() {
    UpdateDialog request =
        UpdateDialog.of(4324035)
            .withOperatorId(5)
            .withState(DialogState.CLOSED)
            .withInitiatorId(41164);

    assertThat(request).isEqualTo(new UpdateDialog(4324035, 5L, DialogState.CLOSED, 41164L));
    assertThat(request.operation()).isEqualTo(Operation.UPDATE_DIALOG);
  }

  @Test
  void updateDialog_invalidValues_throwNamingTheField() {
    UpdateDialog request = UpdateDialog.of(1);

    assertThatThrownBy(() -> UpdateDialog.of(0)).hasMessage("id must be positive but was 0");
    assertThatThrownBy(() -> request.withOperatorId(-1))
        .hasMessage("operatorId must be positive but was -1");
    assertThatThrownBy(() -> request.withState(DialogState.UNKNOWN))
        .hasMessage("state must be a known value but was UNKNOWN");
    assertThatThrownBy(() -> request.withInitiatorId(0))
        .hasMessage("initiatorId must be positive but was 0");
  }
}
