package dev.gatehouse.runtime.session;

import static dev.gatehouse.runtime.session.Sessions.request;
import static dev.gatehouse.runtime.session.Sessions.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.runtime.SimpleUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What both stores do, without HTTP; one subclass per store. */
abstract class SessionStoreContract {

  final Sessions.TestClock clock = new Sessions.TestClock();

  abstract SessionStore store(SessionStore.Builder builder);

  SessionStore store() {
    return store(Sessions.timeouts(clock));
  }

  /** A cookie for a new session holding {@code key = value}. */
  static String create(SessionStore store, String key, Object value) {
    Session session = request(store, null);
    session.set(key, value);
    String cookie = respond(session);
    assertNotNull(cookie);
    return cookie;
  }

  @Test
  void keepsEveryValueTypeAsAnImmutableCopy() {
    SessionStore store = store();
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("n", 7);
    nested.put("list", new ArrayList<>(List.of("a", 2L, true, 1.5)));
    String cookie = create(store, "v", nested);
    Session session = request(store, cookie);
    Object value = session.get("v");
    assertEquals(Map.of("n", 7L, "list", List.of("a", 2L, true, 1.5)), value);
    assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) value).clear());
    assertEquals(Long.valueOf(7L), session.get("v", Map.class).map(m -> m.get("n")).orElseThrow());
  }

  @Test
  void refusesValuesThatAreNotJson() {
    Session session = request(store(), null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> session.set("when", new Object()));
    assertTrue(e.getMessage().contains("\"when\""), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> session.set("x", null));
    assertThrows(IllegalArgumentException.class, () -> session.set("x", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> session.set("x", Map.of(1, "a")));
    assertNull(session.id(), "nothing was started");
  }

  @Test
  void unknownAndMalformedCookiesLoadNothing() {
    SessionStore store = store();
    for (String cookie :
        new String[] {"", "x", SessionStore.randomToken(), "A".repeat(10_000), "a;b", "\u00e9"}) {
      assertNull(store.load(cookie, SessionFeature.DEFAULT_COOKIE_NAME), cookie);
    }
  }

  /**
   * Uses the session {@code times} times, {@code every} apart, checking it is alive each time;
   * returns its cookie as the last response left it.
   */
  private String use(SessionStore store, String cookie, int times, Duration every) {
    for (int i = 1; i <= times; i++) {
      clock.advance(every);
      Session session = request(store, cookie);
      assertEquals("v", session.get("k"), "use " + i);
      String refreshed = respond(session);
      cookie = refreshed == null ? cookie : refreshed;
    }
    return cookie;
  }

  @Test
  void idleTimeoutSlidesWithUse() {
    SessionStore store = store();
    String cookie = use(store, create(store, "k", "v"), 5, Duration.ofMinutes(9));
    clock.advance(Duration.ofMinutes(10));
    assertNull(store.load(cookie, SessionFeature.DEFAULT_COOKIE_NAME));
  }

  @Test
  void absoluteTimeoutEndsABusySession() {
    SessionStore store = store();
    String cookie = use(store, create(store, "k", "v"), 11, Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(5));
    assertNull(store.load(cookie, SessionFeature.DEFAULT_COOKIE_NAME));
  }

  @Test
  void invalidatedSessionsStayDeadAndAreNotWrittenBack() {
    SessionStore store = store();
    String cookie = create(store, "k", "v");
    Session slow = request(store, cookie);
    Session logout = request(store, cookie);
    logout.invalidate();
    assertNull(respond(logout));
    assertTrue(logout.finish().contains("Max-Age=0"), "the logout response expires the cookie");
    slow.set("late", "write");
    assertNull(respond(slow), "a concurrent request does not bring the session back");
    assertNull(store.load(cookie, SessionFeature.DEFAULT_COOKIE_NAME));
  }

  @Test
  void loginRotatesIdAndTokenAndKeepsTheData() {
    SessionStore store = store();
    String before = create(store, "cart", "apples");
    Session session = request(store, before);
    String oldToken = session.csrfToken().orElseThrow();
    String oldId = session.id();
    Session.login(Sessions.carrying(session), new SimpleUser("test", Set.of()));
    String after = respond(session);
    assertNotNull(after);
    assertTrue(!oldId.equals(session.id()) && !oldToken.equals(session.csrfToken().orElseThrow()));
    assertNull(store.load(before, SessionFeature.DEFAULT_COOKIE_NAME));
    assertEquals("apples", request(store, after).get("cart"));
    assertEquals(Set.of("cart", "user"), request(store, after).asMap().keySet());
  }

  @Test
  void handlersFindTheSessionInTheRequestProperties() {
    Session session = request(store(), null);
    assertSame(session, Session.from(Sessions.carrying(session)));
    assertSame(session, Session.from(Map.<String, Object>of(Session.PROPERTY, session)::get));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Session.from(name -> null));
    assertTrue(e.getMessage().contains("register SessionFeature"), e.getMessage());
  }

  @Test
  void idleMayNotExceedAbsolute() {
    SessionStore.Builder builder =
        SessionStore.builder()
            .idleTimeout(Duration.ofHours(2))
            .absoluteTimeout(Duration.ofHours(1));
    assertThrows(
        dev.gatehouse.runtime.GatehouseConfigurationException.class, builder::buildInMemory);
    assertThrows(
        IllegalArgumentException.class, () -> SessionStore.builder().idleTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> SessionStore.builder().maxSessions(0));
  }
}
