package dev.chat2desk4j.testkit;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.testkit.contract.AccountContract;
import dev.chat2desk4j.testkit.contract.AccountsContract;
import dev.chat2desk4j.testkit.contract.ChannelsContract;
import dev.chat2desk4j.testkit.contract.ClientsContract;
import dev.chat2desk4j.testkit.contract.DialogsContract;
import dev.chat2desk4j.testkit.contract.FailuresContract;
import dev.chat2desk4j.testkit.contract.InboundMessagesContract;
import dev.chat2desk4j.testkit.contract.MessagesContract;
import dev.chat2desk4j.testkit.contract.OperatorsContract;
import dev.chat2desk4j.testkit.contract.TagsContract;
import dev.chat2desk4j.testkit.contract.TemplatesContract;
import dev.chat2desk4j.testkit.contract.TransfersContract;
import dev.chat2desk4j.testkit.contract.WebhooksContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The behaviour every {@link Chat2Desk} must show, as the real API shows it. Extend this class,
 * implement {@link #createEnvironment()}, and JUnit runs the whole suite against your
 * implementation: every operation, pagination, each error case, concurrency and tenant isolation.
 * Each part lives in its own class of {@link dev.chat2desk4j.testkit.contract} and runs here as a
 * nested group; a part can also be run alone by extending it.
 *
 * <p>The project runs it against Feign over the fake server (each HTTP client), the in-memory fake
 * and the resilient decorator; a consumer's own adapter can run it too.
 */
public abstract class Chat2DeskContract {

  /** Creates the environment for one test: the implementation and two empty, seedable accounts. */
  protected abstract ContractEnvironment createEnvironment();

  @Nested
  @DisplayName("messages")
  class Messages extends MessagesContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("inbound messages, read marks and transfers by message")
  class InboundMessages extends InboundMessagesContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("clients")
  class Clients extends ClientsContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("dialogs")
  class Dialogs extends DialogsContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("transfers")
  class Transfers extends TransfersContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("operators and their groups")
  class Operators extends OperatorsContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("channels")
  class Channels extends ChannelsContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("tags")
  class Tags extends TagsContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("templates")
  class Templates extends TemplatesContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("the account and its quota")
  class Account extends AccountContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("webhooks")
  class Webhooks extends WebhooksContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("errors, isolation and concurrency")
  class Accounts extends AccountsContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }

  @Nested
  @DisplayName("failures of the API")
  class Failures extends FailuresContract {
    @Override
    protected ContractEnvironment createEnvironment() {
      return Chat2DeskContract.this.createEnvironment();
    }
  }
}
