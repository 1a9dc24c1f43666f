package dev.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.it.resources.GenericResource;
import dev.gatehouse.it.resources.DefaultMethodResource;
import dev.gatehouse.it.resources.GenericBaseResource;
import dev.gatehouse.it.resources.LocatorResource;
import dev.gatehouse.it.resources.Outer;
import dev.gatehouse.it.resources.OverloadResource;
import dev.gatehouse.it.resources.SemanticsResource;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.ProbeReader;
import dev.gatehouse.it.support.Reply;
import dev.gatehouse.it.support.TestSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "No path may reach an annotated method without its generated check": odd path spellings, HEAD
 * and OPTIONS, sub-resource locators, bridge methods.
 */
class FailClosedTest {

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(
          setup::feature,
          SemanticsResource.class,
          LocatorResource.class,
          GenericResource.class,
          GenericBaseResource.class,
          Outer.Nested.class,
          DefaultMethodResource.class,
          OverloadResource.class);

  private int invocations;
  private int reads;

  @BeforeEach
  void count() {
    invocations = Calls.INVOCATIONS.get();
    reads = ProbeReader.READS.get();
  }

  private void assertNotRun() {
    assertEquals(invocations, Calls.INVOCATIONS.get(), "the resource method ran");
    assertEquals(reads, ProbeReader.READS.get(), "the request entity was read");
  }

  /** Spellings Jersey routes to the protected method: each must get its check. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/s/protected",
        "/s/protected/",
        "/s/protected;x=y",
        "/s;x=y/protected",
        "/s/protected?x=y",
        "//s/protected",
        "/s//protected",
      })
  void oddSpellingsOfAProtectedPathAreNeverAdmitted(String path) {
    Reply reply = server.get(path).send();
    assertNotRun();
    if (reply.status() == 401) {
      reply.assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    } else {
      assertEquals(404, reply.status(), () -> path + " -> " + reply.status() + " " + reply.body());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/S/protected", "/s/PROTECTED", "/s/%70rotected", "/s%2Fprotected", "/s/protected%2F"})
  void spellingsThatRouteNowhereAre404(String path) {
    Reply reply = server.get(path).send();
    assertNotRun();
    assertTrue(reply.status() == 404 || reply.status() == 400, () -> path + " -> " + reply.status());
  }

  @Test
  void canonicalSpellingsAreChecked() {
    server.get("/s/protected").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    server.get("/s/protected;x=y").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    assertNotRun();
  }

  @Test
  void headOfAProtectedGetIs401() {
    Reply reply = server.call("HEAD", "/s/protected").send();
    assertEquals(401, reply.status());
    assertEquals(
        java.util.List.of(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE), reply.challenges());
    assertNotRun();
  }

  @Test
  void headOfADenyAllGetIs403() {
    assertEquals(403, server.call("HEAD", "/s/deny").as("alice").send().status());
    assertNotRun();
  }

  @Test
  void optionsNeverRunsTheMethod() {
    Reply reply = server.call("OPTIONS", "/s/protected").send();
    assertNotRun();
    // Jersey answers OPTIONS itself (the Allow header), without the resource method.
    assertEquals(200, reply.status());
    assertEquals("HEAD,POST,GET,OPTIONS", reply.headers().firstValue("Allow").orElse(null));
  }

  @Test
  void unsupportedMethodNeverRunsTheMethod() {
    Reply reply = server.call("PUT", "/s/protected").body(ProbeReader.TYPE, "x").send();
    assertEquals(405, reply.status());
    assertNotRun();
  }

  @Test
  void subResourceReturnedAsAClassIsGuarded() {
    server.get("/loc/by-class").send().assertUnauthorized(HeaderBackend.CHALLENGE);
    server.get("/loc/by-class/perm").as("alice").send().assertForbidden();
    assertNotRun();
    server.get("/loc/by-class").as("alice").send()
        .assertOk("sub get user=TestUser:alice scheme=header");
  }

  @Test
  void bridgeMethodOfAGenericInterfaceIsGuarded() {
    server.post("/generic").body(ProbeReader.TYPE, "thing").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    assertNotRun();
    server.post("/generic").as("alice").body(ProbeReader.TYPE, "thing").send()
        .assertOk("created thing user=TestUser:alice scheme=header");
  }

  @Test
  void overloadsGetTheirOwnRules() {
    server.get("/over").asOther("bob").send().assertUnauthorized(HeaderBackend.CHALLENGE);
    server.post("/over").as("alice").body(ProbeReader.TYPE, "x").send()
        .assertUnauthorized(OtherBackend.CHALLENGE);
    server.get("/over/7").as("alice").send().assertForbidden();
    server.get("/over/two/x").as("alice", "p").send().assertForbidden();
    assertNotRun();
    server.get("/over").as("alice").send().assertOk("item() user=TestUser:alice scheme=header");
    server.post("/over").asOther("bob").body(ProbeReader.TYPE, "x").send()
        .assertOk("item(Probe) x user=TestUser:bob scheme=other");
    server.get("/over/7").asOther("bob", "p").send()
        .assertOk("item(7) user=TestUser:bob scheme=other");
  }

  @Test
  void inheritedGenericMethodIsGuarded() {
    server.post("/generic-base").as("alice").body(ProbeReader.TYPE, "thing").send()
        .assertUnauthorized(OtherBackend.CHALLENGE);
    assertNotRun();
    server.post("/generic-base").asOther("bob").body(ProbeReader.TYPE, "thing").send()
        .assertOk("stored Probe[text=thing] user=TestUser:bob scheme=other");
  }

  @Test
  void nestedResourceClassIsGuarded() {
    server.get("/nested").send().assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    server.get("/nested").as("alice").send().assertForbidden();
    assertNotRun();
    server.get("/nested").as("alice", "n").send().assertOk("nested user=TestUser:alice scheme=header");
  }

  @Test
  void interfaceDefaultMethodIsGuarded() {
    server.get("/dm/default").as("alice").send().assertUnauthorized(OtherBackend.CHALLENGE);
    assertNotRun();
    server.get("/dm/default").asOther("bob").send().assertOk("default");
    server.get("/dm/own").send().assertOk("own");
  }
}
