package dev.chat2desk4j.testkit;

import dev.chat2desk4j.mock.internal.InMemoryApi;
import dev.chat2desk4j.mock.state.AccountEvent;
import dev.chat2desk4j.mock.state.AccountEventListener;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.MockState;
import dev.chat2desk4j.webhooks.Chat2DeskEvent;
import dev.chat2desk4j.webhooks.WebhookEvents;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Hands the events of one account of an in-memory fake to Java callbacks, built by the fake
 * server's own payload builder and parsed by {@link WebhookEvents}, so a callback gets exactly the
 * records a webhook receiver would. The state emits under the account's lock; the relay only queues
 * there and delivers after the call that caused the event, on the caller's thread, in order and one
 * at a time. A callback that calls the client again has its new events delivered after it returns.
 */
final class EventRelay implements AccountEventListener {

  private final MockState state;
  private final String token;
  private final List<Consumer<Chat2DeskEvent>> callbacks = new CopyOnWriteArrayList<>();
  private final Queue<AccountEvent> pending = new ConcurrentLinkedQueue<>();
  private final ReentrantLock delivering = new ReentrantLock();
  private volatile boolean listening;

  EventRelay(MockState state, String token) {
    this.state = state;
    this.token = token;
  }

  synchronized void add(Consumer<Chat2DeskEvent> callback) {
    callbacks.add(callback);
    if (!listening) {
      state.listen(this);
      listening = true;
    }
  }

  @Override
  public void on(MockAccount account, AccountEvent event) {
    if (state.find(token).orElse(null) == account) {
      pending.add(event);
    }
  }

  /** Delivers what is queued, unless this thread is delivering already (a callback's own call). */
  void deliver() {
    if (!listening || delivering.isHeldByCurrentThread()) {
      return;
    }
    delivering.lock();
    try {
      AccountEvent event;
      while ((event = pending.poll()) != null) {
        Chat2DeskEvent parsed = WebhookEvents.parse(InMemoryApi.payload(event));
        for (Consumer<Chat2DeskEvent> callback : callbacks) {
          callback.accept(parsed);
        }
      }
    } finally {
      delivering.unlock();
    }
  }

  synchronized void close() {
    if (listening) {
      state.unlisten(this);
      listening = false;
    }
  }
}
