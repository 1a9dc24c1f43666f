package dev.gatehouse.testkit;

import static dev.gatehouse.testkit.JwtCases.BEARER;
import static dev.gatehouse.testkit.JwtCases.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import dev.gatehouse.runtime.session.SessionAuthBackend;
import dev.gatehouse.runtime.session.SessionFeature;
import dev.gatehouse.runtime.session.SessionStore;
import dev.gatehouse.testkit.resources.ServletSessionResource;
import dev.gatehouse.testkit.resources.SessionResource;
import dev.gatehouse.testkit.support.CurrentRequest;
import dev.gatehouse.testkit.support.Http;
import dev.gatehouse.testkit.support.ProbeReader;
import dev.gatehouse.testkit.support.Reply;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions: the {@link SessionFeature} registered beside the authentication feature (both in
 * {@code Application#getSingletons()}), the chain {@code session} then {@code jwt}, users made from
 * the claims. Each store runs every case: {@link InMemory} and {@link SignedCookie}.
 */
public final class SessionCases {

  private SessionCases() {}

  /**
   * The in-memory store: the cookie holds a random id. Also what happens when the session feature
   * is missing, which does not depend on the store.
   */
  public abstract static class InMemory extends Common {
    @Override
    SessionStore store() {
      return SessionStore.inMemory();
    }

    /**
     * Whether the runtime shows a feature the application's whole configuration, so that a
     * missing session feature stops the start (Jersey). RESTEasy shows only what was registered
     * before the feature, CXF nothing.
     */
    protected boolean refusesToStartWithoutTheSessionFeature() {
      return false;
    }

    @Test
    void withoutTheSessionFeatureNothingIsAdmittedBySession() {
      TestApplication application =
          new TestApplication(
              List.of(SessionResource.class, CurrentRequest.class),
              List.of(
                  AuthenticationFeature.builder()
                      .backend(new SessionAuthBackend())
                      .backend(new JwtAuthBackend(JwtCases.CONFIG))
                      .userLoader(UserLoader.fromClaims())
                      .build()));
      if (refusesToStartWithoutTheSessionFeature()) {
        RuntimeException e =
            assertThrows(RuntimeException.class, () -> runtime().deploy(application).close());
        assertTrue(
            causes(e).anyMatch(t -> t instanceof GatehouseConfigurationException
                && t.getMessage().contains("session feature is not registered")),
            () -> "no GatehouseConfigurationException in " + e);
        return;
      }
      try (Deployment deployment = runtime().deploy(application)) {
        Http other = new Http(deployment.base());
        other.get("/session/me").header("Cookie", NAME + "=x").send().assertUnavailable();
        other.get("/session/me").send().assertUnavailable();
      }
      assertNotRun();
    }

    private static Stream<Throwable> causes(Throwable e) {
      return Stream.iterate(e, t -> t != null, Throwable::getCause);
    }
  }

  /** The signed-cookie store: the cookie holds the whole session, encrypted. */
  public abstract static class SignedCookie extends Common {
    @Override
    SessionStore store() {
      return SessionStore.signedCookie(JwtCases.CONFIG);
    }
  }

  /**
   * On servlet-based runtimes (RESTEasy on Undertow, CXF on Jetty): the request properties are the
   * servlet request's attributes, so {@code Session.from(servletRequest::getAttribute)} reads the
   * session and logs in, as the README tells applications there.
   */
  public abstract static class ThroughServletRequest extends Base {

    @Override
    SessionStore store() {
      return SessionStore.inMemory();
    }

    @Override
    protected TestApplication application() {
      TestApplication application = super.application();
      application.getClasses().add(ServletSessionResource.class);
      return application;
    }

    @Test
    void servletRequestAttributesLogInAndOut() {
      Reply login = http.post("/servlet-session/login?user=alice").send();
      assertEquals(200, login.status(), login::body);
      String cookie = valueOf(sessionCookie(login));
      me(cookie).assertOk("me user=SimpleUser:alice scheme=session");
      Reply logout = with(http.post("/servlet-session/logout"), cookie).send();
      assertEquals(200, logout.status(), logout::body);
      assertExpires(logout);
      me(cookie).assertUnauthorized();
    }
  }

  /** The application and the helpers of the session cases. */
  abstract static class Base extends KitCase {

    static final String NAME = SessionFeature.DEFAULT_COOKIE_NAME;

    abstract SessionStore store();

    @Override
    protected TestApplication application() {
      AuthenticationFeature auth =
          AuthenticationFeature.builder()
              .backend(new SessionAuthBackend())
              .backend(new JwtAuthBackend(JwtCases.CONFIG))
              .userLoader(UserLoader.fromClaims())
              .build();
      SessionFeature sessions = SessionFeature.builder().store(store()).build();
      return new TestApplication(
          List.of(SessionResource.class, ProbeReader.class, CurrentRequest.class),
          List.of(sessions, auth));
    }

    /** A logged-in session: its cookie value and its cross-site request token. */
    record Login(String cookie, String token) {}

    Login login(String user) {
      return login(user, null);
    }

    /** Logs {@code user} in on the session of {@code cookie} (none when null). */
    Login login(String user, String cookie) {
      Http.Call call = http.post("/session/login?user=" + user);
      if (cookie != null) {
        with(call, cookie);
      }
      Reply reply = call.send();
      assertEquals(200, reply.status(), reply::body);
      String set = sessionCookie(reply);
      assertNotNull(set, "login sets the cookie");
      return new Login(valueOf(set), reply.body());
    }

    Http.Call with(Http.Call call, String cookie) {
      return call.header("Cookie", NAME + "=" + cookie);
    }

    Reply me(String cookie) {
      return with(http.get("/session/me"), cookie).send();
    }

    Http.Call post(Login login) {
      return with(http.post("/session/me"), login.cookie()).probe("x");
    }

    String origin() {
      return http.base().toString();
    }

    /** The one {@code Set-Cookie} of the session cookie, or null. */
    static String sessionCookie(Reply reply) {
      List<String> ours =
          reply.headers().allValues("Set-Cookie").stream()
              .filter(value -> value.startsWith(NAME + "="))
              .toList();
      assertTrue(ours.size() <= 1, () -> reply.request() + ": several session cookies: " + ours);
      return ours.isEmpty() ? null : ours.get(0);
    }

    static String valueOf(String setCookie) {
      return setCookie.substring(NAME.length() + 1, setCookie.indexOf(';'));
    }

    static void assertExpires(Reply reply) {
      String set = sessionCookie(reply);
      assertNotNull(set, () -> reply.request() + ": the response expires the cookie");
      assertTrue(set.startsWith(NAME + "=;") && set.contains("Max-Age=0"), set);
    }

  }

  /** What every store must give on every runtime. */
  public abstract static class Common extends Base {

    // login, logout, fixation

    @Test
    void loginGivesACookieThatAuthenticates() {
      http.get("/session/me").send().assertUnauthorized();
      Reply login = http.post("/session/login?user=alice").send();
      String set = sessionCookie(login);
      assertNotNull(set, "login sets the cookie");
      assertTrue(set.endsWith("; Path=/; HttpOnly; Secure; SameSite=Lax"), set);
      assertEquals("no-store", login.header("Cache-Control"));
      me(valueOf(set)).assertOk("me user=SimpleUser:alice scheme=session");
    }

    @Test
    void logoutMakesTheReplayedCookieAnonymous() {
      Login alice = login("alice");
      Reply logout =
          with(http.post("/session/logout"), alice.cookie())
              .header("X-CSRF-Token", alice.token())
              .send()
              .assertOk("logout");
      assertExpires(logout);
      me(alice.cookie()).assertUnauthorized();
      with(http.post("/session/public"), alice.cookie())
          .header("X-CSRF-Token", alice.token())
          .send()
          .assertOk("public user=null scheme=null");
    }

    @Test
    void loginRotatesTheSessionIdAndKeepsTheData() {
      Reply anonymous = http.post("/session/set?key=cart&value=apples").send();
      String before = valueOf(sessionCookie(anonymous));
      Login alice = login("alice", before);
      assertNotEquals(before, alice.cookie());
      with(http.get("/session/get?key=cart"), alice.cookie()).send().assertOk("apples");
      me(before).assertUnauthorized();
      with(http.get("/session/get?key=cart"), before).send().assertOk("null");
    }

    // bad cookies: an empty, anonymous session, and the cookie expired

    @Test
    void tamperedTruncatedAndDoubledCookiesAreAnonymous() {
      Login alice = login("alice");
      String c = alice.cookie();
      int i = c.length() / 2;
      String flipped = c.substring(0, i) + (c.charAt(i) == 'A' ? 'B' : 'A') + c.substring(i + 1);
      for (String bad : List.of(flipped, c.substring(0, c.length() - 1), c + "A", "garbage")) {
        Reply reply = me(bad);
        reply.assertUnauthorized();
        assertExpires(reply);
      }
      Login bob = login("bob");
      http.get("/session/me").header("Cookie", NAME + "=" + c + "; " + NAME + "=" + bob.cookie())
          .send().assertUnauthorized();
      assertNotRun();
      me(c).assertOk("me user=SimpleUser:alice scheme=session");
    }

    // cross-site requests

    @Test
    void crossSitePostWithTheCookieIs403() {
      Login alice = login("alice");
      post(alice).header("Origin", "http://evil.example").send().assertForbidden();
      post(alice).header("Sec-Fetch-Site", "cross-site").send().assertForbidden();
      post(alice).header("Origin", "http://evil.example").header("X-CSRF-Token", alice.token())
          .send().assertForbidden();
      post(alice).send().assertForbidden();
      post(alice).header("X-CSRF-Token", alice.token() + "x").send().assertForbidden();
      assertNotRun();
      with(http.post("/session/public"), alice.cookie()).header("Origin", "http://evil.example")
          .send().assertOk("public user=null scheme=null");
    }

    @Test
    void sameOriginOrTheTokenIsAccepted() {
      Login alice = login("alice");
      String ok = "posted x user=SimpleUser:alice scheme=session";
      post(alice).header("Origin", origin()).send().assertOk(ok);
      post(alice).header("Sec-Fetch-Site", "same-origin").send().assertOk(ok);
      post(alice).header("X-CSRF-Token", alice.token()).send().assertOk(ok);
      with(http.post("/session/public"), alice.cookie()).header("Origin", origin())
          .send().assertOk("public user=SimpleUser:alice scheme=session");
    }

    @Test
    void bearerAuthenticatedPostIsNotChecked() {
      String ok = "posted x user=SimpleUser:bob scheme=jwt";
      http.post("/session/me").bearer(token("bob")).probe("x").send().assertOk(ok);
      http.post("/session/me").bearer(token("bob")).header("Origin", "http://evil.example")
          .probe("x").send().assertOk(ok);
      Login alice = login("alice");
      post(alice).bearer(token("bob")).header("Origin", "http://evil.example").send().assertOk(ok);
      http.post("/session/me").probe("x").send().assertUnauthorized(BEARER);
    }
  }
}
