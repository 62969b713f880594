package dev.chat2desk4j.resilience;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.Chat2DeskRequest;
import dev.chat2desk4j.api.Client;
import dev.chat2desk4j.api.ListRequest;
import dev.chat2desk4j.api.MessageType;
import dev.chat2desk4j.api.Operation;
import dev.chat2desk4j.api.Page;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.api.Transport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A test delegate that fails as each test scripts it and otherwise answers a fixed success. It
 * counts the calls per operation; {@link #withToken} views share the script and the counts.
 */
final class ScriptedChat2Desk implements Chat2Desk {

  static final SentMessage SENT =
      new SentMessage(9001, 42, MessageType.TO_CLIENT, Transport.TELEGRAM, 12L, 3L, 777L, 555L);

  private final Shared shared;
  private final String token;
  private boolean closed;

  private static final class Shared {
    final Map<Operation, Deque<RuntimeException>> failures = new EnumMap<>(Operation.class);
    final Map<Operation, Integer> calls = new EnumMap<>(Operation.class);
    final List<String> tokensCalled = new ArrayList<>();
    volatile Consumer<Operation> onCall = operation -> {};
  }

  ScriptedChat2Desk() {
    this(new Shared(), "token-root");
  }

  private ScriptedChat2Desk(Shared shared, String token) {
    this.shared = shared;
    this.token = token;
  }

  /** The next calls of {@code operation} throw these, one each, then succeed again. */
  ScriptedChat2Desk failNext(Operation operation, RuntimeException... failures) {
    synchronized (shared) {
      Deque<RuntimeException> queue =
          shared.failures.computeIfAbsent(operation, o -> new ArrayDeque<>());
      queue.addAll(List.of(failures));
    }
    return this;
  }

  /** Runs before every call, inside the decorators: a test's window into the call. */
  ScriptedChat2Desk onCall(Consumer<Operation> hook) {
    shared.onCall = hook;
    return this;
  }

  int calls(Operation operation) {
    synchronized (shared) {
      return shared.calls.getOrDefault(operation, 0);
    }
  }

  List<String> tokensCalled() {
    synchronized (shared) {
      return List.copyOf(shared.tokensCalled);
    }
  }

  boolean closed() {
    return closed;
  }

  /** Answers a send with {@link #SENT}, a read of one client with a fixed client, a list empty. */
  @Override
  @SuppressWarnings("unchecked")
  public <R> R execute(Chat2DeskRequest<R> request) {
    answer(request.operation());
    if (request instanceof ListRequest<?, ?> list) {
      return (R) new Page<>(List.of(), 0, list.limit(), list.offset());
    }
    return (R) (request.operation() == Operation.SEND_MESSAGE ? SENT : Client.of(42, "Anna", null));
  }

  @Override
  public Chat2Desk withToken(String token) {
    return new ScriptedChat2Desk(shared, token);
  }

  @Override
  public void close() {
    closed = true;
  }

  private void answer(Operation operation) {
    RuntimeException failure;
    synchronized (shared) {
      shared.calls.merge(operation, 1, Integer::sum);
      shared.tokensCalled.add(token);
      Deque<RuntimeException> queue = shared.failures.get(operation);
      failure = queue == null ? null : queue.poll();
    }
    shared.onCall.accept(operation);
    if (failure != null) {
      throw failure;
    }
  }
}
