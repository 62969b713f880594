package dev.chat2desk4j.ratelimit.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limiter's one Redis connection (Lettuce) and Bucket4j's proxy manager on it. Every store call
 * ends within the store timeout: Bucket4j's request timeout bounds a whole compare-and-swap,
 * retries included, and Lettuce's command timeout drops a command Redis has not answered by then,
 * so that none piles up behind a slow server. While the connection is down Lettuce refuses commands
 * at once rather than queueing them, and reconnects by itself (waiting at most a second between
 * tries). A connection that could not be made at start is tried again, in the background, whenever
 * a call asks for a bucket.
 *
 * <p>A new connection runs one bucket operation on a key of its own before calls use it, within the
 * connect timeout: the first operation in a JVM loads Bucket4j's and Lettuce's classes and took 73
 * ms in {@code TwoProcessTest}'s new JVM, past the 50 ms store timeout, which put the limiter in
 * the degraded state before it had served a single call.
 */
final class RedisStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RedisAccountRateLimiter.class);

  /** How long a bucket's key outlives the moment it would be full again. */
  private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);

  /** The key of the warm-up bucket, which lives a second: no account's, which are hex digests. */
  private static final byte[] WARM_UP_KEY =
      (AccountKeys.PREFIX + "warm-up").getBytes(StandardCharsets.UTF_8);

  private final ClientResources resources;
  private final RedisClient client;
  private final RedisURI uri;
  private final Duration storeTimeout;
  private final Duration connectTimeout;
  private volatile StatefulRedisConnection<byte[], byte[]> connection;
  private volatile LettuceBasedProxyManager<byte[]> buckets;
  private CompletableFuture<?> connecting = CompletableFuture.completedFuture(null);
  private RuntimeException startFailure;
  private boolean closed;

  private RedisStore(RedisURI uri, Duration storeTimeout, Duration connectTimeout) {
    this.uri = uri;
    this.storeTimeout = storeTimeout;
    this.connectTimeout = connectTimeout;
    this.resources =
        DefaultClientResources.builder()
            .reconnectDelay(
                () ->
                    Delay.exponential(
                        Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
            .build();
    this.client = RedisClient.create(resources);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(storeTimeout))
            .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
            .build());
  }

  /** Connects now, waiting at most the connect timeout; see {@link #startFailure()}. */
  static RedisStore open(RedisURI uri, Duration storeTimeout, Duration connectTimeout) {
    RedisStore store = new RedisStore(uri, storeTimeout, connectTimeout);
    try {
      store.install(store.client.connect(ByteArrayCodec.INSTANCE, uri));
    } catch (RuntimeException e) {
      store.startFailure = e;
    }
    return store;
  }

  /** Why the connection could not be made at start, or null when it was. */
  synchronized RuntimeException startFailure() {
    return startFailure;
  }

  /**
   * The bucket under this key, made from the configuration when Redis has none.
   *
   * @throws IllegalStateException when there is no connection yet (one is then being made)
   */
  BucketProxy bucket(byte[] key, Supplier<BucketConfiguration> configuration) {
    LettuceBasedProxyManager<byte[]> manager = buckets;
    if (manager == null) {
      connectInBackground();
      throw new IllegalStateException("not connected to Redis yet");
    }
    return manager.builder().build(key, configuration);
  }

  private synchronized void connectInBackground() {
    if (closed || buckets != null || !connecting.isDone()) {
      return;
    }
    connecting =
        client
            .connectAsync(ByteArrayCodec.INSTANCE, uri)
            .toCompletableFuture()
            // Not on Lettuce's event loop, which the warm-up's answer must come through.
            .thenAcceptAsync(this::install);
  }

  /**
   * Warms the connection up, then lets calls use it; outside the lock, the warm-up may take long.
   */
  private void install(StatefulRedisConnection<byte[], byte[]> opened) {
    warmUp(opened);
    LettuceBasedProxyManager<byte[]> manager =
        Bucket4jLettuce.casBasedBuilder(opened)
            .requestTimeout(storeTimeout)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    KEEP_AFTER_REFILL))
            .build();
    synchronized (this) {
      if (!closed) {
        connection = opened;
        buckets = manager;
        return;
      }
    }
    opened.close();
  }

  private void warmUp(StatefulRedisConnection<byte[], byte[]> opened) {
    try {
      Bucket4jLettuce.casBasedBuilder(opened)
          .requestTimeout(connectTimeout)
          .expirationAfterWrite(ExpirationAfterWriteStrategy.fixedTimeToLive(Duration.ofSeconds(1)))
          .build()
          .builder()
          .build(
              WARM_UP_KEY,
              () ->
                  BucketConfiguration.builder().addLimit(AccountLimit.of(1, 1).bandwidth()).build())
          .tryConsume(1);
    } catch (RuntimeException e) {
      // Only the first calls pay for it: they may find Redis late and take the fallback once.
      LOG.debug("Warming up the Redis connection failed", e);
    }
  }

  /** Closes the connection and releases Lettuce's threads. */
  @Override
  public void close() {
    StatefulRedisConnection<byte[], byte[]> open;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      open = connection;
    }
    if (open != null) {
      open.close();
    }
    client.shutdown();
    resources.shutdown();
  }
}
