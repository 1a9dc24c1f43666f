package dev.gatehouse.it.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.ProbeReader;
import dev.gatehouse.it.support.TestSetup;
import dev.gatehouse.it.support.Untouched;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A rule on a sub-resource locator, or on its class, guards every method of the resource it
 * returns, and a refused caller never gets the locator body run — nor the sub-resource method, nor
 * its entity read. Jersey over HTTP, with an application exception mapper that would turn any
 * exception into 200.
 */
class LocatorTest {

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(
          setup::feature,
          GuardedLocatorResource.class,
          ClassRuleLocatorResource.class,
          CatchAllMapper.class);

  private Untouched before;

  @BeforeEach
  void count() {
    Locators.RAN.clear();
    before = Untouched.now();
  }

  private void assertNothingRan() {
    assertEquals(List.of(), Locators.RAN, "locator bodies that ran");
    before.assertStill();
  }

  @Test
  void anonymousCallerNeverReachesTheLocator() {
    server.get("/guarded-loc/orders/7").send().assertUnauthorized(HeaderBackend.CHALLENGE);
    server.post("/guarded-loc/orders/7").body(ProbeReader.TYPE, "x").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE);
    assertNothingRan();
  }

  @Test
  void wrongScopeNeverReachesTheLocator() {
    server.get("/guarded-loc/orders/7").asOther("bob").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE);
    assertNothingRan();
  }

  @Test
  void admittedCallerReachesTheSubResourceAsThemselves() {
    server.get("/guarded-loc/orders/7").as("alice").send()
        .assertOk("plain get user=TestUser:alice scheme=header");
    assertEquals(List.of("order 7"), Locators.RAN);
    server.post("/guarded-loc/orders/8").as("alice").body(ProbeReader.TYPE, "x").send()
        .assertOk("plain post x user=TestUser:alice scheme=header");
  }

  @Test
  void missingPermissionOnALocatorReturningAClassIs403() {
    server.get("/guarded-loc/admin").as("alice").send().assertForbidden();
    server.get("/guarded-loc/admin").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    assertNothingRan();
    server.get("/guarded-loc/admin").as("alice", "p").send()
        .assertOk("plain get user=TestUser:alice scheme=header");
  }

  @Test
  void nestedLocatorsAreEachChecked() {
    server.get("/guarded-loc/admin/deeper").as("alice", "p").send().assertForbidden();
    assertEquals(List.of("admin"), Locators.RAN, "the outer locator passed, the inner one not");
    Locators.RAN.clear();
    server.get("/guarded-loc/admin/deeper").as("alice", "deep").send().assertForbidden();
    assertEquals(List.of(), Locators.RAN);
    server.get("/guarded-loc/admin/deeper").as("alice", "p", "deep").send()
        .assertOk("plain get user=TestUser:alice scheme=header");
    assertEquals(List.of("admin", "deeper"), Locators.RAN);
  }

  @Test
  void untypedLocatorIsCheckedToo() {
    server.get("/guarded-loc/untyped").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    assertNothingRan();
    server.get("/guarded-loc/untyped").asOther("bob").send()
        .assertOk("plain get user=TestUser:bob scheme=other");
  }

  @Test
  void classLevelRuleGuardsTheLocator() {
    server.get("/class-loc/x").as("alice").send().assertUnauthorized(OtherBackend.CHALLENGE);
    assertNothingRan();
    server.get("/class-loc/x").asOther("bob").send()
        .assertOk("plain get user=TestUser:bob scheme=other");
  }

  @Test
  void permitAllOpensALocatorOfAGuardedClass() {
    server.get("/class-loc/open").send().assertOk("plain get user=null scheme=null");
    assertEquals(List.of("open"), Locators.RAN);
  }

  /** Each spelling is refused or routes nowhere; none reaches the locator. */
  @Test
  void oddSpellingsOfAGuardedLocatorPathAreChecked() {
    for (String path :
        List.of(
            "/guarded-loc/orders/7/",
            "//guarded-loc/orders/7",
            "/guarded-loc//orders/7",
            "/guarded-loc/orders;x=y/7",
            "/guarded-loc;a=b/orders/7")) {
      var reply = server.get(path).send();
      // 404 is mapped to 200 by the application's catch-all mapper.
      assertEquals(
          true,
          reply.status() == 401 || reply.body().equals("mapped NotFoundException"),
          path + " -> " + reply.status() + " " + reply.body());
    }
    assertNothingRan();
  }

  @Test
  void unguardedRootMethodStaysPublic() {
    server.get("/guarded-loc").send().assertOk("index");
  }
}
