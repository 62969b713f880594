package dev.chat2desk4j.mock.state;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole fake: one {@link MockAccount} per API token, each with the seeds it was given so that
 * {@link #reset()} can bring it back. Tokens are kept only as map keys and never printed.
 *
 * <p>Thread-safe. The clock is {@link Clock#systemUTC()} unless one is given.
 */
public final class MockState {

  private final Clock clock;
  private final Map<String, Registered> accounts = new ConcurrentHashMap<>();
  private final AtomicInteger labels = new AtomicInteger();
  private final List<AccountEventListener> listeners = new CopyOnWriteArrayList<>();

  private MockState(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** An empty state on the system clock; add accounts with {@link #addAccount(String)}. */
  public static MockState create() {
    return new MockState(Clock.systemUTC());
  }

  /** An empty state whose timestamps come from {@code clock}. */
  public static MockState create(Clock clock) {
    return new MockState(clock);
  }

  /** The clock that stamps messages, dialogs and transfers. */
  public Clock clock() {
    return clock;
  }

  /**
   * Adds a listener to every event of every account, present and future; see {@link
   * AccountEventListener}.
   */
  public void listen(AccountEventListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Removes a listener added by {@link #listen(AccountEventListener)}. */
  public void unlisten(AccountEventListener listener) {
    listeners.remove(listener);
  }

  private void emit(MockAccount account, AccountEvent event) {
    for (AccountEventListener listener : listeners) {
      listener.on(account, event);
    }
  }

  /**
   * Registers an account for a token, or returns the existing one.
   *
   * @param token the API token; not blank
   */
  public MockAccount addAccount(String token) {
    requireToken(token);
    return accounts.computeIfAbsent(
            token,
            t ->
                new Registered(
                    new MockAccount(clock, "account-" + labels.incrementAndGet(), this::emit)))
        .account;
  }

  /**
   * Registers an account for a token (if new) and applies a seed to it now and after every reset.
   *
   * @param token the API token; not blank
   * @param seed the data to add
   */
  public MockAccount addAccount(String token, Seed seed) {
    MockAccount account = addAccount(token);
    seed(token, seed);
    return account;
  }

  /**
   * Applies a seed to a registered account now, and again after every reset of it.
   *
   * @throws IllegalArgumentException for an unknown token or a seed that refers to unknown names
   */
  public void seed(String token, Seed seed) {
    Objects.requireNonNull(seed, "seed");
    Registered registered = registered(token);
    synchronized (registered.account) {
      seed.applyTo(registered.account);
      registered.seeds.add(seed);
    }
  }

  /** Applies a seed to every registered account; see {@link #seed(String, Seed)}. */
  public void seedAll(Seed seed) {
    Objects.requireNonNull(seed, "seed");
    // Check every account first, so that a seed that fits only some of them changes none.
    accounts.values().forEach(registered -> seed.check(registered.account));
    accounts.keySet().forEach(token -> seed(token, seed));
  }

  /** The account of a token, if one is registered. */
  public Optional<MockAccount> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Registered registered = accounts.get(token);
    return registered == null ? Optional.empty() : Optional.of(registered.account);
  }

  /**
   * The account of a registered token.
   *
   * @throws IllegalArgumentException when no account has this token
   */
  public MockAccount account(String token) {
    return registered(token).account;
  }

  /**
   * The one registered account.
   *
   * @throws IllegalStateException when there is not exactly one
   */
  public MockAccount only() {
    if (accounts.size() != 1) {
      throw new IllegalStateException("Expected one account but there are " + accounts.size());
    }
    return accounts.values().iterator().next().account;
  }

  /** How many accounts are registered. */
  public int accountCount() {
    return accounts.size();
  }

  /**
   * Brings every account back to its seeded state: data removed, seeds re-applied, ids restarted.
   */
  public void reset() {
    accounts.values().forEach(Registered::reset);
  }

  /**
   * Brings one account back to its seeded state.
   *
   * @throws IllegalArgumentException when no account has this token
   */
  public void reset(String token) {
    registered(token).reset();
  }

  private Registered registered(String token) {
    Registered registered = token == null ? null : accounts.get(token);
    if (registered == null) {
      throw new IllegalArgumentException("No account is registered for the given token");
    }
    return registered;
  }

  private static void requireToken(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
  }

  @Override
  public String toString() {
    return "MockState[" + accounts.size() + " accounts]";
  }

  private static final class Registered {
    final MockAccount account;
    final List<Seed> seeds = new CopyOnWriteArrayList<>();

    Registered(MockAccount account) {
      this.account = account;
    }

    void reset() {
      synchronized (account) {
        account.clear();
        new ArrayList<>(seeds).forEach(seed -> seed.applyTo(account));
      }
    }
  }
}
