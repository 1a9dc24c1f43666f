package dev.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.resources.DenyAllClassResource;
import dev.gatehouse.it.resources.Jsr250Resource;
import dev.gatehouse.it.resources.PrecedenceResource;
import dev.gatehouse.it.resources.RolesClassResource;
import dev.gatehouse.it.resources.StackedResource;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.TestSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Permissions (ALL, ANY), class- vs method-level rules, stacked annotations, and JSR-250. Every
 * refusal is also checked not to have run the resource method.
 */
class PrecedenceTest {

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(
          setup::feature,
          PrecedenceResource.class,
          StackedResource.class,
          Jsr250Resource.class,
          DenyAllClassResource.class,
          RolesClassResource.class);

  private int invocations;
  private int successes;

  @BeforeEach
  void count() {
    invocations = Calls.INVOCATIONS.get();
    successes = 0;
  }

  /** Every 200 ran the method once; nothing else did. */
  @AfterEach
  void onlyAdmittedRequestsRanTheMethod() {
    assertEquals(successes, Calls.INVOCATIONS.get() - invocations, "resource method invocations");
  }

  private void ok(JerseyServer.Call call, String body) {
    call.send().assertOk(body);
    successes++;
  }


  @Nested
  class Permissions {

    @Test
    void allRequiresEveryPermission() {
      server.get("/prec/all").as("alice", "p1").send().assertForbidden();
      server.get("/prec/all").as("alice", "p2").send().assertForbidden();
      server.get("/prec/all").as("alice").send().assertForbidden();
      ok(server.get("/prec/all").as("alice", "p1", "p2"), "all user=TestUser:alice scheme=header");
    }

    @Test
    void anyRequiresOnePermission() {
      ok(server.get("/prec/any").as("alice", "p1"), "any user=TestUser:alice scheme=header");
      ok(server.get("/prec/any").as("alice", "p2"), "any user=TestUser:alice scheme=header");
      server.get("/prec/any").as("alice", "base", "p3").send().assertForbidden();
    }
  }

  @Nested
  class ClassVersusMethod {

    @Test
    void classRulesApplyToAnUnannotatedMethod() {
      server.get("/prec/inherit").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      server.get("/prec/inherit").as("alice").send().assertForbidden();
      server.get("/prec/inherit").asOther("bob", "base").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE);
      ok(server.get("/prec/inherit").as("alice", "base"), "inherit user=TestUser:alice scheme=header");
    }

    @Test
    void methodPermissionReplacesClassPermission() {
      ok(server.get("/prec/replace-permission").as("alice", "special"),
          "replace-permission user=TestUser:alice scheme=header");
      server.get("/prec/replace-permission").as("alice", "base").send().assertForbidden();
      // the class's @Auth("header") still applies
      server.get("/prec/replace-permission").asOther("bob", "special").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE);
    }

    @Test
    void methodScopeReplacesClassScopeAndClassPermissionStillApplies() {
      ok(server.get("/prec/replace-scope").asOther("bob", "base"),
          "replace-scope user=TestUser:bob scheme=other");
      server.get("/prec/replace-scope").asOther("bob").send().assertForbidden();
      server.get("/prec/replace-scope").as("alice", "base").send()
          .assertUnauthorized(OtherBackend.CHALLENGE);
    }

    @Test
    void methodAuthWithoutScopeReplacesClassScope() {
      ok(server.get("/prec/any-scope").asOther("bob", "base"),
          "any-scope user=TestUser:bob scheme=other");
      ok(server.get("/prec/any-scope").as("alice", "base"),
          "any-scope user=TestUser:alice scheme=header");
      server.get("/prec/any-scope").asOther("bob").send().assertForbidden();
      server.get("/prec/any-scope").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    }

    @Test
    void permitAllOverridesTheClassRulesAndStillAttachesTheUser() {
      ok(server.get("/prec/open"), "open user=null scheme=null");
      ok(server.get("/prec/open").asOther("bob"), "open user=TestUser:bob scheme=other");
      ok(server.get("/prec/open").as("invalid"), "open user=null scheme=null");
    }

    @Test
    void rolesAllowedCombinesWithTheClassRules() {
      ok(server.get("/prec/roles").as("alice", "base", "r1"), "roles user=TestUser:alice scheme=header");
      ok(server.get("/prec/roles").as("alice", "base", "r2"), "roles user=TestUser:alice scheme=header");
      server.get("/prec/roles").as("alice", "r1", "r2").send().assertForbidden();
      server.get("/prec/roles").as("alice", "base").send().assertForbidden();
      server.get("/prec/roles").asOther("bob", "base", "r1").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE);
    }

    @Test
    void denyAllOnTheMethodWinsOverEverything() {
      server.get("/prec/denied").send().assertForbidden();
      server.get("/prec/denied").as("alice", "base", "r1", "r2", "p1", "p2", "special").send()
          .assertForbidden();
    }
  }

  @Nested
  class Stacked {

    @Test
    void anonymousIs401() {
      server.get("/stacked").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      server.get("/stacked/reversed").send().assertUnauthorized(OtherBackend.CHALLENGE);
    }

    @Test
    void authenticatedWithoutThePermissionIs403() {
      server.get("/stacked").as("alice").send().assertForbidden();
      server.get("/stacked/reversed").asOther("bob", "y").send().assertForbidden();
    }

    @Test
    void permissionWithTheWrongScopeIs401() {
      server.get("/stacked").asOther("bob", "x").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      server.get("/stacked/reversed").as("alice", "x").send()
          .assertUnauthorized(OtherBackend.CHALLENGE);
    }

    @Test
    void bothSatisfiedIs200() {
      ok(server.get("/stacked").as("alice", "x"), "stacked user=TestUser:alice scheme=header");
      ok(server.get("/stacked/reversed").asOther("bob", "x"), "reversed user=TestUser:bob scheme=other");
    }
  }

  @Nested
  class Jsr250 {

    @Test
    void classAuthAppliesToAPlainMethod() {
      server.get("/jsr/plain").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
      ok(server.get("/jsr/plain").as("alice"), "plain user=TestUser:alice scheme=header");
    }

    @Test
    void permitAllOverridesClassLevelAuth() {
      ok(server.get("/jsr/open"), "open user=null scheme=null");
      ok(server.get("/jsr/open").as("alice"), "open user=TestUser:alice scheme=header");
    }

    @Test
    void denyAllIs403EvenForAnonymousCallers() {
      server.get("/jsr/denied").send().assertForbidden();
      server.get("/jsr/denied").as("alice", "r1").send().assertForbidden();
    }

    @Test
    void rolesAllowedIsAnyOfTheRoles() {
      ok(server.get("/jsr/roles").as("alice", "r1"), "roles user=TestUser:alice scheme=header");
      ok(server.get("/jsr/roles").asOther("bob", "r2"), "roles user=TestUser:bob scheme=other");
      server.get("/jsr/roles").as("alice", "r3").send().assertForbidden();
      server.get("/jsr/roles").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    }

    @Test
    void classDenyAllAppliesToUnannotatedMethods() {
      server.get("/jsr-deny/closed").send().assertForbidden();
      server.get("/jsr-deny/closed").as("alice", "r1").send().assertForbidden();
    }

    @Test
    void methodRolesAllowedReplacesClassDenyAll() {
      ok(server.get("/jsr-deny/roles").as("alice", "r1"), "roles user=TestUser:alice scheme=header");
      server.get("/jsr-deny/roles").as("alice").send().assertForbidden();
      server.get("/jsr-deny/roles").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    }

    @Test
    void methodPermitAllReplacesClassDenyAll() {
      ok(server.get("/jsr-deny/open"), "open user=null scheme=null");
    }

    @Test
    void methodRolesAllowedReplacesClassRolesAllowed() {
      ok(server.get("/jsr-roles/class").as("alice", "r1"), "class user=TestUser:alice scheme=header");
      server.get("/jsr-roles/class").as("alice", "r2").send().assertForbidden();
      ok(server.get("/jsr-roles/method").as("alice", "r2"), "method user=TestUser:alice scheme=header");
      server.get("/jsr-roles/method").as("alice", "r1").send().assertForbidden();
      server.get("/jsr-roles/method").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    }
  }
}
