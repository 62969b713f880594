package dev.chat2desk4j.mock.state;

import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.DialogState;
import dev.chat2desk4j.api.ListClients;
import dev.chat2desk4j.api.Message;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.SendMessage;
import dev.chat2desk4j.api.Transport;
import dev.chat2desk4j.api.UpdateDialog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Data to put into an account: operators, channels, clients with their histories and transfers, and
 * the reference data: operator groups, tags (and the clients they are on), answer templates and the
 * monthly API quota. Seeds refer to channels, operators and clients by name. Build one with {@link
 * #builder()}, read one with {@link #fromJson(String)} (format in the module's README), or take
 * {@link #demo()}.
 *
 * @param operators the operators to add, in id order
 * @param channels the channels to add, in id order
 * @param clients the clients to add, in id order
 * @param groups the operator groups to add, in id order
 * @param tags the tags to add, in id order
 * @param templates the answer templates to add, in id order
 * @param quota the monthly quota to give the account, or null to leave it as it is
 */
public record Seed(
    List<SeedOperator> operators,
    List<SeedChannel> channels,
    List<SeedClient> clients,
    List<SeedGroup> groups,
    List<SeedTag> tags,
    List<SeedTemplate> templates,
    SeedQuota quota) {

  /** Copies the lists; null lists become empty. */
  public Seed {
    operators = operators == null ? List.of() : List.copyOf(operators);
    channels = channels == null ? List.of() : List.copyOf(channels);
    clients = clients == null ? List.of() : List.copyOf(clients);
    groups = groups == null ? List.of() : List.copyOf(groups);
    tags = tags == null ? List.of() : List.copyOf(tags);
    templates = templates == null ? List.of() : List.copyOf(templates);
  }

  /** A seed that adds nothing. */
  public static Seed empty() {
    return builder().build();
  }

  /**
   * A small help desk: three operators in two groups, two channels, five clients (four with cards),
   * their open and closed dialogs with read and unread messages, two transfers, three tags on
   * clients and two answer templates.
   */
  public static Seed demo() {
    return DemoSeed.SEED;
  }

  /**
   * Reads a seed in the JSON seed format.
   *
   * @throws IllegalArgumentException when the JSON is malformed or breaks the format
   */
  public static Seed fromJson(String json) {
    return SeedJson.parse(json);
  }

  /**
   * Reads a seed file in the JSON seed format.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when its content breaks the format
   */
  public static Seed fromFile(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** A builder of a seed. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds this seed's data to an account, after what it already holds.
   *
   * @throws IllegalArgumentException when a client names a channel or operator that exists neither
   *     in the seed nor in the account
   * @throws MockStateException when the account refuses the data, such as a duplicate phone
   */
  public void applyTo(MockAccount account) {
    synchronized (account) {
      check(account);
      operators.forEach(account::addOperator);
      channels.forEach(account::addChannel);
      clients.forEach(client -> applyClient(account, client));
      ReferenceSeeds.apply(this, account);
    }
  }

  /**
   * Checks before any change that the seed fits the account, so that a bad seed changes nothing.
   *
   * @throws IllegalArgumentException naming the first problem
   */
  void check(MockAccount account) {
    Set<String> operatorNames = new HashSet<>();
    operators.forEach(operator -> operatorNames.add(operator.name()));
    account.operators().forEach(operator -> operatorNames.add(operator.name()));
    Set<String> channelNames = new HashSet<>();
    channels.forEach(channel -> channelNames.add(channel.name()));
    account.channels().forEach(channel -> channelNames.add(channel.name()));
    Set<String> phones = new HashSet<>();
    for (SeedClient client : clients) {
      for (String channel : client.channels()) {
        if (!channelNames.contains(channel)) {
          throw new IllegalArgumentException("Seed names unknown channel '" + channel + "'");
        }
      }
      for (SeedDialog dialog : client.dialogs()) {
        checkDialog(client, dialog, operatorNames);
      }
      if (client.phone() != null) {
        String phone = Phones.normalize(client.phone());
        if (phone.isEmpty()
            || !phones.add(phone)
            || account.listClients(ListClients.of().withPhone(phone)).total().orElse(0) > 0) {
          throw new IllegalArgumentException(
              "Seed client '" + client.name() + "' has no phone digits or a phone that exists");
        }
      }
    }
    ReferenceSeeds.check(this, account, operatorNames);
  }

  private static void checkDialog(SeedClient client, SeedDialog dialog, Set<String> operatorNames) {
    if (dialog.messages().isEmpty()) {
      throw new IllegalArgumentException(
          "Seed client '" + client.name() + "' has a dialog without messages");
    }
    if (dialog.operator() != null) {
      requireKnown(operatorNames, dialog.operator());
    }
    dialog.messages().stream()
        .map(SeedMessage::operator)
        .filter(Objects::nonNull)
        .forEach(name -> requireKnown(operatorNames, name));
    dialog.transfersTo().forEach(name -> requireKnown(operatorNames, name));
  }

  private static void requireKnown(Set<String> operatorNames, String name) {
    if (!operatorNames.contains(name)) {
      throw new IllegalArgumentException("Seed names unknown operator '" + name + "'");
    }
  }

  private static void applyClient(MockAccount account, SeedClient seed) {
    NewClient request = new NewClient(seed.name(), seed.phone(), seed.transport(), null, null);
    if (seed.channel() != null) {
      request = request.withChannelId(channelId(account, seed.channel()));
    }
    Client client = account.createClient(request);
    for (String channel :
        seed.channels().subList(Math.min(1, seed.channels().size()), seed.channels().size())) {
      account.addClientChannel(client.id(), channelId(account, channel), seed.transport());
    }
    if (!seed.card().isEmpty()) {
      account.updateClient(seed.card().toUpdate(client.id()));
    }
    seed.dialogs().forEach(dialog -> applyDialog(account, client.id(), dialog));
  }

  /** Writes one dialog: opened with its operator, its messages, its transfers, then its end. */
  private static void applyDialog(MockAccount account, long clientId, SeedDialog seed) {
    Long holder = seed.operator() == null ? null : operatorId(account, seed.operator());
    long dialogId = account.openDialog(clientId, holder, at(account, seed.eventTime(0)));
    int event = 0;
    for (SeedMessage message : seed.messages()) {
      Instant when = at(account, seed.eventTime(event++));
      Message stored;
      if (message.type() == MessageType.FROM_CLIENT) {
        stored = account.receive(Incoming.text(clientId, message.text()), when);
      } else {
        SendMessage send = SendMessage.of(clientId, message.text()).withType(message.type());
        if (message.operator() != null) {
          send = send.withOperatorId(operatorId(account, message.operator()));
        }
        stored = account.storeSentMessage(send, when);
      }
      account.markMessage(stored.id(), message.isRead());
    }
    for (String operator : seed.transfersTo()) {
      UpdateDialog transfer =
          UpdateDialog.of(dialogId).withOperatorId(operatorId(account, operator));
      account.updateDialog(transfer, at(account, seed.eventTime(event++)));
    }
    if (seed.state() == DialogState.CLOSED) {
      UpdateDialog close = UpdateDialog.of(dialogId).withState(DialogState.CLOSED);
      account.updateDialog(close, at(account, seed.endTime()));
    }
  }

  private static Instant at(MockAccount account, Instant seeded) {
    return seeded != null ? seeded : account.now();
  }

  private static long channelId(MockAccount account, String name) {
    return account
        .channelNamed(name)
        .orElseThrow(
            () -> new IllegalArgumentException("Seed names unknown channel '" + name + "'"))
        .id();
  }

  private static long operatorId(MockAccount account, String name) {
    return account
        .operatorNamed(name)
        .orElseThrow(
            () -> new IllegalArgumentException("Seed names unknown operator '" + name + "'"))
        .id();
  }

  /** Collects the parts of a {@link Seed}; {@link #build()} returns a new seed every call. */
  public static final class Builder {
    private final List<SeedOperator> operators = new ArrayList<>();
    private final List<SeedChannel> channels = new ArrayList<>();
    private final List<SeedClient> clients = new ArrayList<>();
    private final List<SeedGroup> groups = new ArrayList<>();
    private final List<SeedTag> tags = new ArrayList<>();
    private final List<SeedTemplate> templates = new ArrayList<>();
    private SeedQuota quota;

    private Builder() {}

    /** Adds an offline operator with the role {@code operator}, by name. */
    public Builder operator(String name) {
      return operator(SeedOperator.named(name));
    }

    /** Adds an operator. */
    public Builder operator(SeedOperator operator) {
      operators.add(Objects.requireNonNull(operator, "operator"));
      return this;
    }

    /** Adds a channel of a messenger. */
    public Builder channel(String name, Transport transport) {
      return channel(new SeedChannel(name, transport));
    }

    /** Adds a channel. */
    public Builder channel(SeedChannel channel) {
      channels.add(Objects.requireNonNull(channel, "channel"));
      return this;
    }

    /** Adds an operator group of the named operators (of the seed or the account). */
    public Builder group(String name, String... operators) {
      groups.add(SeedGroup.of(name, operators));
      return this;
    }

    /** Adds a tag, put on the clients it names. */
    public Builder tag(SeedTag tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /** Adds an answer template. */
    public Builder template(SeedTemplate template) {
      templates.add(Objects.requireNonNull(template, "template"));
      return this;
    }

    /**
     * Gives the account a monthly quota of {@code limit} calls, {@code used} of them made already.
     *
     * @throws IllegalArgumentException for a negative number
     */
    public Builder quota(long limit, long used) {
      quota = new SeedQuota(limit, used);
      return this;
    }

    /** Adds a client with its history. */
    public Builder client(SeedClient client) {
      clients.add(Objects.requireNonNull(client, "client"));
      return this;
    }

    /** The seed. */
    public Seed build() {
      return new Seed(operators, channels, clients, groups, tags, templates, quota);
    }
  }
}
