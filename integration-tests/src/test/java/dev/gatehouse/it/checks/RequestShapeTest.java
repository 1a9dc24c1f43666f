package dev.gatehouse.it.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.ProbeReader;
import dev.gatehouse.it.support.TestSetup;
import dev.gatehouse.it.support.Untouched;
import org.glassfish.jersey.server.filter.HttpMethodOverrideFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The check that runs is the one of the method that actually runs: with Jersey's {@link
 * HttpMethodOverrideFilter} on, a POST overridden to DELETE gets DELETE's rules; and an
 * unauthenticated request with a large or malformed body to a guarded method is 401 — the body is
 * never read, so it cannot turn the answer into 400, 413 or 500.
 */
class RequestShapeTest {

  private static final String[] CHALLENGES = {HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE};

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(setup::feature, ShapesResource.class, HttpMethodOverrideFilter.class);

  private Untouched before;

  @BeforeEach
  void count() {
    before = Untouched.now();
  }

  private void assertNotRun() {
    before.assertStill();
  }

  @Test
  void postOverriddenToDeleteIsCheckedAsDelete() {
    server.post("/shapes/item").header("X-HTTP-Method-Override", "DELETE").send()
        .assertUnauthorized(CHALLENGES);
    server.post("/shapes/item").header("X-HTTP-Method-Override", "DELETE").as("alice").send()
        .assertForbidden();
    server.post("/shapes/item?_method=DELETE").as("alice").send().assertForbidden();
    assertNotRun();
    server.post("/shapes/item").header("X-HTTP-Method-Override", "DELETE").as("alice", "admin")
        .send().assertOk("delete");
  }

  @Test
  void postOverriddenToGetIsCheckedAsGet() {
    server.post("/shapes/item").header("X-HTTP-Method-Override", "GET").send()
        .assertUnauthorized(CHALLENGES);
    assertNotRun();
    server.post("/shapes/item").header("X-HTTP-Method-Override", "GET").as("alice").send()
        .assertOk("get");
  }

  @Test
  void control_plainPostIsPublic() {
    server.post("/shapes/item").send().assertOk("post");
  }

  @Test
  void largeBodyToAGuardedMethodIs401() {
    String eightMegabytes = "x".repeat(8 * 1024 * 1024);
    server.post("/shapes/probe").body(ProbeReader.TYPE, eightMegabytes).send()
        .assertUnauthorized(CHALLENGES);
    assertNotRun();
  }

  /** Jersey's matching refuses a type the method does not consume before any filter runs. */
  @Test
  void contentTypeTheMethodDoesNotConsumeIs415BeforeAnyCheck() {
    int calls = setup.header.calls();
    assertEquals(415, server.post("/shapes/probe").body("text/plain", "x").send().status());
    assertEquals(calls, setup.header.calls(), "a backend ran");
    assertNotRun();
  }

  @Test
  void malformedFormBodyToAGuardedMethodIs401() {
    for (String body : new String[] {"n=not-a-number", "n=%zz", "%%%&&&==", "n=" + "9".repeat(100)}) {
      server.post("/shapes/form").body("application/x-www-form-urlencoded", body).send()
          .assertUnauthorized(CHALLENGES);
    }
    assertNotRun();
  }

  @Test
  void control_malformedFormBodyOfAnAdmittedCallerIsTheRuntimesBusiness() {
    int status =
        server.post("/shapes/form").as("alice").body("application/x-www-form-urlencoded", "n=x")
            .send().status();
    assertEquals(true, status == 400 || status == 404, "status " + status);
    server.post("/shapes/form").as("alice").body("application/x-www-form-urlencoded", "n=7").send()
        .assertOk("form 7");
  }
}
