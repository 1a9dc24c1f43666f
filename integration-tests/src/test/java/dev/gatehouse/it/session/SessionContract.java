package dev.gatehouse.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.Reply;
import dev.gatehouse.it.support.TestUsers;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.session.SessionAuthBackend;
import dev.gatehouse.runtime.session.SessionFeature;
import dev.gatehouse.runtime.session.SessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every session store must do, on real Jersey over HTTP: one subclass per store runs it all.
 * The chain is the session backend, then the header backend (a stand-in for a bearer token or an
 * API key); the user loader is {@link TestUsers}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SessionContract {

  static final String NAME = SessionFeature.DEFAULT_COOKIE_NAME;
  static final Duration IDLE = Duration.ofMinutes(10);
  static final Duration ABSOLUTE = Duration.ofHours(1);

  final MutableClock clock = new MutableClock();
  private HttpServer server;
  JerseyServer.Client client;
  String origin;

  /** The store under test, with {@link #IDLE} and {@link #ABSOLUTE} timeouts and this clock. */
  abstract SessionStore store(SessionStore.Builder timeouts);

  @BeforeAll
  void start() {
    SessionStore store =
        store(SessionStore.builder().idleTimeout(IDLE).absoluteTimeout(ABSOLUTE).clock(clock));
    AuthenticationFeature auth =
        AuthenticationFeature.builder()
            .backend(new SessionAuthBackend())
            .backend(new HeaderBackend())
            .userLoader(new TestUsers())
            .build();
    ResourceConfig app = JerseyServer.application(auth, SessionResource.class);
    app.register(SessionFeature.builder().store(store).build());
    server = JerseyServer.start(app);
    client = JerseyServer.client(server);
    origin = "http://127.0.0.1:" + server.getListeners().iterator().next().getPort();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- helpers

  /** A logged-in session: its cookie value and its cross-site request token. */
  record Login(String cookie, String token) {}

  Login login(String user) {
    return login(user, null);
  }

  Login login(String user, String cookie) {
    JerseyServer.Call call = client.post("/s/login?user=" + user);
    if (cookie != null) {
      call.header("Cookie", NAME + "=" + cookie);
    }
    Reply reply = call.send();
    assertEquals(200, reply.status(), reply::body);
    String set = setCookie(reply);
    assertNotNull(set, "login sets the cookie");
    return new Login(valueOf(set), reply.body());
  }

  JerseyServer.Call as(JerseyServer.Call call, String cookie) {
    return call.header("Cookie", NAME + "=" + cookie);
  }

  Reply me(String cookie) {
    return as(client.get("/s/me"), cookie).send();
  }

  /** The one {@code Set-Cookie} of the session cookie, or null. */
  static String setCookie(Reply reply) {
    List<String> ours = new ArrayList<>();
    for (String value : reply.headers().allValues("Set-Cookie")) {
      if (value.startsWith(NAME + "=")) {
        ours.add(value);
      }
    }
    assertTrue(ours.size() <= 1, () -> "several session cookies set: " + ours);
    return ours.isEmpty() ? null : ours.get(0);
  }

  static String valueOf(String setCookie) {
    return setCookie.substring(NAME.length() + 1, setCookie.indexOf(';'));
  }

  static void assertExpires(Reply reply) {
    String set = setCookie(reply);
    assertNotNull(set, "the response expires the cookie");
    assertTrue(set.startsWith(NAME + "=;") && set.contains("Max-Age=0"), set);
  }

  /** Anonymous on a protected endpoint; the bad cookie is expired; never 500. */
  void assertRejected(String cookie) {
    Reply reply = me(cookie);
    reply.assertUnauthorized();
    assertExpires(reply);
  }

  // ---------------------------------------------------------------- login, logout, fixation

  @Test
  void loginGivesACookieThatAuthenticates() {
    me("").assertUnauthorized();
    Reply login = client.post("/s/login?user=alice").send();
    String set = setCookie(login);
    assertTrue(
        set.endsWith("; Path=/; HttpOnly; Secure; SameSite=Lax"),
        () -> "cookie attributes: " + set);
    assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(null));
    me(valueOf(set)).assertOk("me user=TestUser:alice scheme=session name=Name alice");
  }

  @Test
  void aRequestThatChangesNothingSetsNoCookie() {
    Login alice = login("alice");
    assertNull(setCookie(me(alice.cookie())));
    assertNull(setCookie(client.get("/s/get?key=x").send()), "no session, no cookie");
  }

  @Test
  void logoutMakesTheOldCookieAnonymous() {
    Login alice = login("alice");
    Reply logout =
        as(client.post("/s/logout"), alice.cookie()).header("X-CSRF-Token", alice.token()).send();
    assertEquals(200, logout.status(), logout::body);
    assertExpires(logout);
    me(alice.cookie()).assertUnauthorized();
    as(client.post("/s/logout"), alice.cookie())
        .header("X-CSRF-Token", alice.token())
        .send()
        .assertUnauthorized();
  }

  @Test
  void loginRotatesTheSessionId() {
    Reply anonymous = client.post("/s/set?key=cart&value=apples").send();
    String before = valueOf(setCookie(anonymous));
    Login alice = login("alice", before);
    assertNotEquals(before, alice.cookie());
    as(client.get("/s/get?key=cart"), alice.cookie()).send().assertOk("apples");
    // the pre-login id is dead: no user, no data, and the cookie is expired
    Reply replay = as(client.get("/s/get?key=cart"), before).send();
    replay.assertOk("null");
    assertExpires(replay);
    me(before).assertUnauthorized();
  }

  @Test
  void reloginRotatesAgainAndChangesTheToken() {
    Login first = login("alice");
    Login second = login("bob", first.cookie());
    assertNotEquals(first.cookie(), second.cookie());
    assertNotEquals(first.token(), second.token());
    me(first.cookie()).assertUnauthorized();
    me(second.cookie()).assertOk("me user=TestUser:bob scheme=session name=Name bob");
  }

  // ---------------------------------------------------------------- backends, scopes, loader

  @Test
  void worksWithScopeListsAndAuthBackends() {
    Login alice = login("alice");
    as(client.get("/s/either"), alice.cookie())
        .send()
        .assertOk("either user=TestUser:alice scheme=session");
    client.get("/s/either").as("carol").send().assertOk("either user=TestUser:carol scheme=header");
    as(client.get("/s/only-session"), alice.cookie())
        .send()
        .assertOk("only-session user=TestUser:alice scheme=session");
    client.get("/s/only-session").as("carol").send().assertUnauthorized();
  }

  @Test
  void anIdentityTheLoaderDoesNotKnowIsUnauthorized() {
    Login ghost = login("ghost");
    me(ghost.cookie()).assertUnauthorized();
  }

  // ---------------------------------------------------------------- bad cookies

  @Test
  void unknownGarbageAndOversizedCookiesAreAnonymous() {
    assertRejected("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertRejected("not a session");
    assertRejected("%00%ff");
    assertRejected("x".repeat(5000));
    assertRejected("A".repeat(5000));
  }

  @Test
  void twoCookiesOfTheSameNameAreNeitherTrusted() {
    Login alice = login("alice");
    Login bob = login("bob");
    Reply both =
        client
            .get("/s/me")
            .header("Cookie", NAME + "=" + alice.cookie() + "; " + NAME + "=" + bob.cookie())
            .send();
    both.assertUnauthorized();
    assertExpires(both);
    me(alice.cookie()).assertOk("me user=TestUser:alice scheme=session name=Name alice");
  }

  @Test
  void truncatedCookiesAreAnonymous() {
    Login alice = login("alice");
    String cookie = alice.cookie();
    assertRejected(cookie.substring(0, cookie.length() - 1));
    assertRejected(cookie.substring(0, cookie.length() / 2));
    assertRejected(cookie.substring(1));
    assertRejected(cookie + "A");
  }

  // ---------------------------------------------------------------- expiry

  @Test
  void idleSessionsExpireOnTheServer() {
    Login alice = login("alice");
    String cookie = alice.cookie();
    for (int i = 0; i < 3; i++) {
      clock.advance(IDLE.minusSeconds(1));
      Reply reply = me(cookie);
      reply.assertOk("me user=TestUser:alice scheme=session name=Name alice");
      String refreshed = setCookie(reply);
      if (refreshed != null) {
        cookie = valueOf(refreshed);
      }
    }
    clock.advance(IDLE);
    me(cookie).assertUnauthorized();
  }

  @Test
  void sessionsExpireAtTheAbsoluteTimeoutHoweverBusy() {
    Login alice = login("alice");
    String cookie = alice.cookie();
    Duration used = Duration.ZERO;
    while (used.plus(IDLE).compareTo(ABSOLUTE) < 0) {
      clock.advance(IDLE.minusMinutes(1));
      used = used.plus(IDLE.minusMinutes(1));
      Reply reply = me(cookie);
      reply.assertOk("me user=TestUser:alice scheme=session name=Name alice");
      String refreshed = setCookie(reply);
      if (refreshed != null) {
        cookie = valueOf(refreshed);
      }
    }
    clock.advance(ABSOLUTE.minus(used));
    me(cookie).assertUnauthorized();
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  void concurrentRequestsOnOneSessionKeepTheUser() throws Exception {
    Login alice = login("alice");
    List<Callable<Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      String key = "k" + i;
      calls.add(
          () ->
              as(client.post("/s/put?key=" + key + "&value=v"), alice.cookie())
                  .header("X-CSRF-Token", alice.token())
                  .send());
      calls.add(() -> me(alice.cookie()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (Future<Reply> future : pool.invokeAll(calls)) {
        Reply reply = future.get();
        assertEquals(200, reply.status(), reply::body);
      }
    } finally {
      pool.shutdownNow();
    }
    afterConcurrentPuts(alice, 64);
  }

  /** What a store guarantees after {@code count} concurrent puts of distinct keys. */
  void afterConcurrentPuts(Login login, int count) {
    me(login.cookie()).assertOk("me user=TestUser:alice scheme=session name=Name alice");
  }

  // ---------------------------------------------------------------- cross-site requests

  @Test
  void stateChangingRequestsNeedTheTokenOrASameOriginBrowser() {
    Login alice = login("alice");
    String ok = "post user=TestUser:alice scheme=session";
    // nothing: refused
    as(client.post("/s/me"), alice.cookie()).send().assertForbidden();
    // the token: accepted; a wrong one, another session's, or two: refused
    as(client.post("/s/me"), alice.cookie())
        .header("X-CSRF-Token", alice.token())
        .send()
        .assertOk(ok);
    as(client.post("/s/me"), alice.cookie())
        .header("X-CSRF-Token", alice.token() + "x")
        .send()
        .assertForbidden();
    as(client.post("/s/me"), alice.cookie())
        .header("X-CSRF-Token", login("bob").token())
        .send()
        .assertForbidden();
    as(client.post("/s/me"), alice.cookie()).header("X-CSRF-Token", "").send().assertForbidden();
    as(client.post("/s/me"), alice.cookie())
        .header("X-CSRF-Token", alice.token())
        .header("X-CSRF-Token", alice.token())
        .send()
        .assertForbidden();
    // a same-origin browser: accepted without the token
    as(client.post("/s/me"), alice.cookie()).header("Origin", origin).send().assertOk(ok);
    as(client.post("/s/me"), alice.cookie())
        .header("Sec-Fetch-Site", "same-origin")
        .send()
        .assertOk(ok);
    as(client.post("/s/me"), alice.cookie())
        .header("Origin", origin)
        .header("Sec-Fetch-Site", "same-origin")
        .send()
        .assertOk(ok);
    // a cross-origin browser: refused, even with the token
    for (String evil :
        List.of(
            "http://evil.example",
            "null",
            origin + ".evil.example",
            "http://127.0.0.1:1",
            "https://127.0.0.1:" + origin.substring(origin.lastIndexOf(':') + 1))) {
      as(client.post("/s/me"), alice.cookie())
          .header("Origin", evil)
          .header("X-CSRF-Token", alice.token())
          .send()
          .assertForbidden();
    }
    for (String site : List.of("cross-site", "same-site", "none")) {
      as(client.post("/s/me"), alice.cookie())
          .header("Sec-Fetch-Site", site)
          .header("X-CSRF-Token", alice.token())
          .send()
          .assertForbidden();
    }
    as(client.post("/s/me"), alice.cookie())
        .header("Origin", origin)
        .header("Sec-Fetch-Site", "cross-site")
        .send()
        .assertForbidden();
  }

  @Test
  void everyUnsafeMethodIsCheckedAndSafeOnesAreNot() {
    Login alice = login("alice");
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      as(client.call(method, "/s/me"), alice.cookie()).send().assertForbidden();
      as(client.call(method, "/s/me"), alice.cookie())
          .header("X-CSRF-Token", alice.token())
          .send()
          .assertOk(
              method.toLowerCase(java.util.Locale.ROOT) + " user=TestUser:alice scheme=session");
    }
    as(client.get("/s/me"), alice.cookie())
        .header("Origin", "http://evil.example")
        .send()
        .assertOk("me user=TestUser:alice scheme=session name=Name alice");
  }

  @Test
  void otherCredentialsAreNotChecked() {
    Login alice = login("alice");
    client
        .post("/s/either")
        .as("carol")
        .send()
        .assertOk("either user=TestUser:carol scheme=header");
    client
        .post("/s/either")
        .as("carol")
        .header("Origin", "http://evil.example")
        .send()
        .assertOk("either user=TestUser:carol scheme=header");
    // the cookie is refused, the header credential behind it still authenticates
    as(client.post("/s/either"), alice.cookie())
        .as("carol")
        .send()
        .assertOk("either user=TestUser:carol scheme=header");
    as(client.post("/s/either"), alice.cookie()).send().assertForbidden();
  }

  @Test
  void aPublicEndpointSeesACrossSiteSessionRequestAsAnonymous() {
    Login alice = login("alice");
    as(client.post("/s/public"), alice.cookie())
        .header("Origin", "http://evil.example")
        .send()
        .assertOk("public user=null scheme=null");
    as(client.post("/s/public"), alice.cookie())
        .header("X-CSRF-Token", alice.token())
        .send()
        .assertOk("public user=TestUser:alice scheme=session");
  }
}
