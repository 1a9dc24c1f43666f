package dev.gatehouse.runtime.session;

import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Where sessions live: the one setting that chooses between the two built-in stores.
 *
 * <ul>
 *   <li>{@link #inMemory()} (the default): the data stays on the server, the cookie holds only a
 *       random id of 256 bits. Logout and login take effect at once. Sessions are lost when the
 *       server restarts and are not shared between instances. At most {@link
 *       Builder#maxSessions(int) maxSessions} are kept; when a new one would exceed the bound, the
 *       least recently used session is dropped (its user is logged out; nobody is let in).
 *   <li>{@link #signedCookie(GatehouseConfig)}: the whole session travels in the cookie, encrypted
 *       and authenticated with AES-256-GCM under a key derived from the configured secret
 *       (HKDF-SHA256), so several instances behind a load balancer share sessions without a
 *       database. Clients can neither read nor alter it. The cookie is bounded ({@value
 *       SignedCookieStore#MAX_COOKIE_LENGTH} characters): a session that outgrows it throws {@link
 *       SessionTooLargeException} from {@link Session#set}. Logout and the id rotation of login are
 *       remembered in a revocation list held in memory by the instance that served them until the
 *       revoked cookie's absolute timeout; other instances learn of them only through the timeouts.
 * </ul>
 *
 * <p>Both enforce an idle timeout (default 30 minutes since the last request) and an absolute
 * timeout (default 8 hours since login) on the server, whatever the cookie says; a session past
 * either is gone and the request is anonymous.
 *
 * <pre>{@code
 * SessionStore store = SessionStore.inMemory();                       // one instance
 * SessionStore store = SessionStore.signedCookie(config);             // several instances
 * SessionStore store = SessionStore.builder()
 *     .idleTimeout(Duration.ofMinutes(15))
 *     .absoluteTimeout(Duration.ofHours(4))
 *     .buildInMemory();
 * }</pre>
 *
 * <p>The class cannot be extended outside Gatehouse; choose a store through these factories.
 */
public abstract class SessionStore {

  /** Default idle timeout: 30 minutes. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

  /** Default absolute timeout: 8 hours. */
  public static final Duration DEFAULT_ABSOLUTE_TIMEOUT = Duration.ofHours(8);

  /** Default bound on the number of sessions (in memory) or revoked cookies (signed cookie). */
  public static final int DEFAULT_MAX_SESSIONS = 100_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  final long idleMillis;
  final long absoluteMillis;
  final int maxSessions;
  final Clock clock;

  SessionStore(Builder builder) {
    this.idleMillis = builder.idleTimeout.toMillis();
    this.absoluteMillis = builder.absoluteTimeout.toMillis();
    this.maxSessions = builder.maxSessions;
    this.clock = builder.clock;
  }

  /** The in-memory store with the default timeouts and bound. */
  public static SessionStore inMemory() {
    return builder().buildInMemory();
  }

  /**
   * The signed-cookie store with the default timeouts, keyed by {@code config}'s secret.
   *
   * @throws GatehouseConfigurationException when {@code config} has no secret of 32+ bytes
   */
  public static SessionStore signedCookie(GatehouseConfig config) {
    return builder().buildSignedCookie(config);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- what the feature calls

  /**
   * The session the cookie value names, or null when it is unknown, expired, revoked or not ours.
   */
  abstract StoredSession load(String cookieValue, String cookieName);

  /**
   * Stores what a request did to a session and returns the cookie value to send, or null to send
   * none (nothing changed for the cookie, or the session ended meanwhile).
   *
   * @param session the request's session, never invalidated
   * @param cookieName the cookie's name
   */
  abstract String save(Session session, String cookieName);

  /** Ends a session for good: its cookie is never accepted again. */
  abstract void invalidate(String id, long created);

  /**
   * Whether an unchanged session should still be written back (the cookie carries its last use).
   */
  boolean needsRefresh(StoredSession loaded) {
    return false;
  }

  /**
   * Checks that the data still fits this store.
   *
   * @throws SessionTooLargeException when it does not
   */
  void checkFits(Session session, String cookieName) {}

  long now() {
    return clock.millis();
  }

  boolean expired(long created, long touched, long now) {
    return now - touched >= idleMillis
        || now - created >= absoluteMillis
        || now < created - 60_000L;
  }

  /** A new random value of 256 bits, base64url: session ids and cross-site request tokens. */
  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code value} looks like a {@link #randomToken()}: 43 base64url characters. */
  static boolean isToken(String value) {
    if (value == null || value.length() != 43) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z'
          || c >= 'a' && c <= 'z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  static Map<String, Object> noData() {
    return Map.of();
  }

  /** Builds a {@link SessionStore}. */
  public static final class Builder {

    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private Duration absoluteTimeout = DEFAULT_ABSOLUTE_TIMEOUT;
    private int maxSessions = DEFAULT_MAX_SESSIONS;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** How long a session lives without a request (default 30 minutes, at least 1 second). */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive(idleTimeout, "idleTimeout");
      return this;
    }

    /** How long a session lives at most, however busy (default 8 hours, at least 1 second). */
    public Builder absoluteTimeout(Duration absoluteTimeout) {
      this.absoluteTimeout = positive(absoluteTimeout, "absoluteTimeout");
      return this;
    }

    /**
     * The most sessions kept in memory, or revoked cookies remembered by the signed-cookie store
     * (default {@value SessionStore#DEFAULT_MAX_SESSIONS}).
     */
    public Builder maxSessions(int maxSessions) {
      if (maxSessions < 1) {
        throw new IllegalArgumentException("maxSessions must be at least 1, was " + maxSessions);
      }
      this.maxSessions = maxSessions;
      return this;
    }

    /** The clock the timeouts are measured with (tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The in-memory, server-side store. */
    public SessionStore buildInMemory() {
      check();
      return new InMemorySessionStore(this);
    }

    /**
     * The signed-cookie store, keyed by {@code config}'s secret.
     *
     * @throws GatehouseConfigurationException when {@code config} has no secret of 32+ bytes
     */
    public SessionStore buildSignedCookie(GatehouseConfig config) {
      Objects.requireNonNull(config, "config");
      check();
      if (!config.hasSecretKey() || config.secretKey().length < 32) {
        throw new GatehouseConfigurationException(
            "the signed-cookie session store needs a secret of at least 32 bytes: set"
                + " GATEHOUSE_SECRET_KEY (base64:... of 32 random bytes) or"
                + " builder.secretKey(...)");
      }
      return new SignedCookieStore(this, config.secretKey());
    }

    private void check() {
      if (idleTimeout.compareTo(absoluteTimeout) > 0) {
        throw new GatehouseConfigurationException(
            "the session idleTimeout ("
                + idleTimeout
                + ") is longer than the absoluteTimeout ("
                + absoluteTimeout
                + ")");
      }
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException(name + " must be at least 1 second, was " + value);
      }
      return value;
    }
  }
}
