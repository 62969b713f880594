package dev.chat2desk4j.mock.webhook;

import dev.chat2desk4j.mock.state.AccountEvent;
import dev.chat2desk4j.mock.state.AccountEventListener;
import dev.chat2desk4j.mock.state.MockAccount;
import dev.chat2desk4j.mock.state.WebhookBook;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the state's events to the webhooks subscribed to them, asynchronously: the API call that
 * caused an event only queues it. Deliveries of one webhook and one dialog go through one lane, in
 * order, one at a time; lanes run concurrently. A failed attempt is retried in its lane on the
 * settings' schedule, so later events of that dialog wait behind it (order holds while deliveries
 * succeed); a hook that keeps failing for {@link WebhookSettings#disableAfter()} is disabled with
 * its errors recorded. At least once: a receiver that took an event but answered late may get it
 * again; the payload's {@code event_id} lets it deduplicate.
 *
 * <p>The lanes are hand-written because no library at hand offers keyed serial queues over async
 * I/O: a thread per lane would block on a receiver that never answers.
 */
public final class WebhookDispatcher implements AccountEventListener, AutoCloseable {

  private final WebhookSettings settings;
  private final HttpClient http;
  private final WebhookPost post;
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
  private final DeliveryJournal journal;
  private final AtomicLong queued = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong discarded = new AtomicLong();

  /** One event for one webhook, with its attempts so far. */
  private static final class Delivery {
    final MockAccount account;
    final WebhookBook.Target target;
    final String eventId;
    final String hookType;
    final byte[] body;
    int attempts;
    long firstFailure;

    Delivery(MockAccount account, WebhookBook.Target target, AccountEvent event, byte[] body) {
      this.account = account;
      this.target = target;
      this.eventId = event.id();
      this.hookType = event.type().wireValue();
      this.body = body;
    }
  }

  /** The deliveries of one webhook and one dialog; {@code active} while one is in flight. */
  private static final class Lane {
    final String key;
    final Deque<Delivery> deliveries = new ArrayDeque<>();
    boolean active;

    Lane(String key) {
      this.key = key;
    }
  }

  /** A dispatcher with these settings; {@link #close()} stops it. */
  public WebhookDispatcher(WebhookSettings settings) {
    this.settings = settings;
    this.workers = Executors.newFixedThreadPool(2, daemon("chat2desk-webhook"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("chat2desk-webhook-retry"));
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.attemptTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(workers)
            .build();
    this.post = new WebhookPost(http, settings);
    this.journal = new DeliveryJournal(settings.journalCapacity());
  }

  /** The settings it delivers with. */
  public WebhookSettings settings() {
    return settings;
  }

  @Override
  public void on(MockAccount account, AccountEvent event) {
    List<WebhookBook.Target> targets =
        account.reference().webhooks().targets(event.type(), event.channelId());
    if (targets.isEmpty()) {
      return;
    }
    byte[] body = EventPayloads.of(event);
    for (WebhookBook.Target target : targets) {
      enqueue(
          new Delivery(account, target, event, body),
          account.label() + "/" + target.hookId() + "/" + event.dialog().id());
    }
  }

  private void enqueue(Delivery delivery, String key) {
    if (queued.incrementAndGet() > settings.queueCapacity()) {
      queued.decrementAndGet();
      dropped.incrementAndGet();
      journal.touch();
      return;
    }
    lanes.compute(
        key,
        (k, lane) -> {
          Lane into = lane == null ? new Lane(k) : lane;
          synchronized (into) {
            into.deliveries.addLast(delivery);
            if (!into.active) {
              into.active = true;
              workers.execute(() -> attempt(into));
            }
          }
          return into;
        });
  }

  private void attempt(Lane lane) {
    Delivery delivery;
    synchronized (lane) {
      delivery = lane.deliveries.peekFirst();
    }
    WebhookBook.Target target = delivery.target;
    if (!delivery.account.reference().webhooks().accepts(target.hookId(), target.url())) {
      discard(lane);
      return;
    }
    if (!settings.allowExternalTargets() && !Loopback.isLoopback(target.url())) {
      delivery.attempts++;
      record(delivery, 0, Duration.ZERO, Loopback.REFUSED);
      discard(lane);
      return;
    }
    delivery.attempts++;
    long start = System.nanoTime();
    post.send(target, delivery.eventId, delivery.body)
        .whenComplete(
            (status, failure) -> {
              Duration latency = Duration.ofNanos(System.nanoTime() - start);
              String error = WebhookPost.error(status, failure);
              record(delivery, status == null ? 0 : status, latency, error);
              if (error == null) {
                delivered.incrementAndGet();
                done(lane);
              } else {
                failed(lane, delivery, error);
              }
            });
  }

  private void failed(Lane lane, Delivery delivery, String error) {
    failedAttempts.incrementAndGet();
    long now = System.nanoTime();
    if (delivery.firstFailure == 0) {
      delivery.firstFailure = now;
    }
    boolean disable = now - delivery.firstFailure >= settings.scaledDisableAfter().toNanos();
    delivery.account.reference().webhooks().recordError(delivery.target.hookId(), error, disable);
    if (disable) {
      discardLane(lane);
      return;
    }
    Duration delay = settings.retryDelay(delivery.attempts);
    timer.schedule(
        () -> workers.execute(() -> attempt(lane)), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void discard(Lane lane) {
    discarded.incrementAndGet();
    done(lane);
  }

  /** Gives up the lane's every delivery: its hook was disabled. */
  private void discardLane(Lane lane) {
    int given;
    synchronized (lane) {
      given = lane.deliveries.size() - 1;
      while (lane.deliveries.size() > 1) {
        lane.deliveries.removeLast();
      }
    }
    queued.addAndGet(-given);
    discarded.addAndGet(given);
    discard(lane);
  }

  /** The lane's head is finished: start the next, or retire the lane when none waits. */
  private void done(Lane lane) {
    queued.decrementAndGet();
    synchronized (lane) {
      lane.deliveries.removeFirst();
      if (!lane.deliveries.isEmpty()) {
        workers.execute(() -> attempt(lane));
        journal.touch();
        return;
      }
      lane.active = false;
    }
    lanes.computeIfPresent(
        lane.key,
        (key, current) -> {
          synchronized (current) {
            return current.active || !current.deliveries.isEmpty() ? current : null;
          }
        });
    journal.touch();
  }

  private void record(Delivery delivery, int status, Duration latency, String error) {
    journal.add(
        new DeliveryAttempt(
            delivery.eventId,
            delivery.hookType,
            delivery.target.hookId(),
            delivery.target.url(),
            delivery.account.label(),
            delivery.attempts,
            status,
            latency,
            error,
            Instant.now()));
  }

  /** Every attempt the journal keeps, oldest first. */
  public List<DeliveryAttempt> attempts() {
    return journal.snapshot();
  }

  /** What the dispatcher has done so far. */
  public DeliveryCounts counts() {
    return new DeliveryCounts(
        queued.get(), delivered.get(), failedAttempts.get(), dropped.get(), discarded.get());
  }

  /** Empties the journal and sets the counts of what is done to zero; queued ones go on. */
  public void clear() {
    journal.clear();
    delivered.set(0);
    failedAttempts.set(0);
    dropped.set(0);
    discarded.set(0);
  }

  DeliveryJournal journal() {
    return journal;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    workers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong count = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
