package dev.gatehouse.runtime.session;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole session in the cookie, sealed by a {@link CookieSealer}: {@code {"id", "created",
 * "touched", "csrf", "data"}} as JSON. The cookie is rewritten when the session changes, and at
 * most once a minute (or each half idle timeout, if shorter) otherwise, to carry the time of last
 * use for the idle timeout. Revoked ids (logout, the pre-login id) are remembered until the revoked
 * cookie's absolute timeout.
 */
final class SignedCookieStore extends SessionStore {

  /** The longest cookie value written or read, in characters; browsers keep about 4096 bytes. */
  static final int MAX_COOKIE_LENGTH = 3800;

  private static final System.Logger LOG = System.getLogger(SignedCookieStore.class.getName());

  private final byte[] secret;
  private final long refreshMillis;
  private final Map<String, CookieSealer> sealers = new java.util.concurrent.ConcurrentHashMap<>();
  private final Object lock = new Object();
  private final LinkedHashMap<String, Long> revokedUntil = new LinkedHashMap<>();

  SignedCookieStore(Builder builder, byte[] secret) {
    super(builder);
    this.secret = secret;
    this.refreshMillis = Math.min(60_000L, idleMillis / 2);
  }

  private CookieSealer sealer(String cookieName) {
    return sealers.computeIfAbsent(cookieName, name -> new CookieSealer(secret, name));
  }

  @Override
  StoredSession load(String cookieValue, String cookieName) {
    if (cookieValue.length() > MAX_COOKIE_LENGTH) {
      return rejected("oversized");
    }
    byte[] plain = sealer(cookieName).open(cookieValue);
    if (plain == null) {
      return rejected("not authentic");
    }
    Map<String, Object> json;
    try {
      json = JSONObjectUtils.parse(new String(plain, StandardCharsets.UTF_8));
    } catch (ParseException e) {
      return rejected("not JSON");
    }
    if (!(json.get("id") instanceof String id && isToken(id))
        || !(json.get("csrf") instanceof String csrf && isToken(csrf))
        || !(json.get("created") instanceof Number created)
        || !(json.get("touched") instanceof Number touched)
        || !(json.get("data") instanceof Map<?, ?> data)) {
      return rejected("malformed");
    }
    long now = now();
    if (expired(created.longValue(), touched.longValue(), now)) {
      return rejected("expired");
    }
    if (isRevoked(id, now)) {
      return rejected("revoked");
    }
    Map<String, Object> values;
    try {
      @SuppressWarnings("unchecked")
      Map<String, ?> raw = (Map<String, ?>) data;
      values = SessionValues.copyAll(raw);
    } catch (IllegalArgumentException | ClassCastException e) {
      return rejected("malformed data");
    }
    return new StoredSession(id, created.longValue(), touched.longValue(), csrf, values);
  }

  @Override
  String save(Session session, String cookieName) {
    if (!session.fresh() && isRevoked(session.id(), now())) {
      return null; // logged out meanwhile
    }
    return seal(session, cookieName);
  }

  @Override
  boolean needsRefresh(StoredSession loaded) {
    return loaded != null && now() - loaded.touched() >= refreshMillis;
  }

  @Override
  void checkFits(Session session, String cookieName) {
    seal(session, cookieName);
  }

  private String seal(Session session, String cookieName) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", session.id());
    json.put("created", session.created());
    json.put("touched", now());
    json.put("csrf", session.csrf());
    json.put("data", session.data());
    byte[] plain = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
    String sealed = sealer(cookieName).seal(plain);
    if (sealed.length() > MAX_COOKIE_LENGTH) {
      throw new SessionTooLargeException(
          "the session is too large for the signed-cookie store: its cookie would have "
              + sealed.length()
              + " characters, at most "
              + MAX_COOKIE_LENGTH
              + " fit; store less in the session or use SessionStore.inMemory()");
    }
    return sealed;
  }

  @Override
  void invalidate(String id, long created) {
    long now = now();
    synchronized (lock) {
      dropLapsed(now);
      if (revokedUntil.size() >= maxSessions) {
        revokedUntil.values().removeIf(until -> until <= now);
      }
      if (revokedUntil.size() >= maxSessions) {
        throw new IllegalStateException(
            "the signed-cookie session store remembers "
                + maxSessions
                + " revoked sessions and"
                + " cannot revoke another before the oldest time out; raise maxSessions or"
                + " shorten the absolute timeout");
      }
      revokedUntil.put(id, created + absoluteMillis);
    }
  }

  private boolean isRevoked(String id, long now) {
    synchronized (lock) {
      Long until = revokedUntil.get(id);
      return until != null && now < until;
    }
  }

  /** Drops revocations whose cookies have timed out anyway, oldest first. */
  private void dropLapsed(long now) {
    Iterator<Long> it = revokedUntil.values().iterator();
    while (it.hasNext() && it.next() <= now) {
      it.remove();
    }
  }

  private static StoredSession rejected(String reason) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "session cookie rejected: {0}", reason);
    }
    return null;
  }
}
