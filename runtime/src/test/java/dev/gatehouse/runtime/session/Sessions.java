package dev.gatehouse.runtime.session;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** Test helpers: a clock moved by hand, and sessions as a request would make them. */
final class Sessions {

  private Sessions() {}

  static final class TestClock extends Clock {
    private final AtomicLong millis =
        new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());

    void advance(Duration d) {
      millis.addAndGet(d.toMillis());
    }

    @Override
    public long millis() {
      return millis.get();
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  static SessionStore.Builder timeouts(TestClock clock) {
    return SessionStore.builder()
        .idleTimeout(Duration.ofMinutes(10))
        .absoluteTimeout(Duration.ofHours(1))
        .clock(clock);
  }

  /** The session a request would see with {@code cookie} (null: no cookie). */
  static Session request(SessionStore store, String cookie) {
    SessionFeature feature = SessionFeature.builder().store(store).build();
    StoredSession loaded =
        cookie == null ? null : store.load(cookie, SessionFeature.DEFAULT_COOKIE_NAME);
    return new Session(feature, loaded, cookie != null && loaded == null);
  }

  /** A request that carries {@code session} (only {@code getProperty} works). */
  static ContainerRequestContext carrying(Session session) {
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            Sessions.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getProperty") && Session.PROPERTY.equals(args[0])) {
                return session;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** Ends the request: the new cookie value, or null when none is set. */
  static String respond(Session session) {
    String header = session.finish();
    if (header == null || header.startsWith(SessionFeature.DEFAULT_COOKIE_NAME + "=;")) {
      return null;
    }
    return header.substring(SessionFeature.DEFAULT_COOKIE_NAME.length() + 1, header.indexOf(';'));
  }
}
