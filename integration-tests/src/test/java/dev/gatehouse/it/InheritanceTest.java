package dev.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.resources.InterfaceResource;
import dev.gatehouse.it.resources.LocatorResource;
import dev.gatehouse.it.resources.OverridingInterfaceResource;
import dev.gatehouse.it.resources.SubclassResource;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.TestSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rules declared on an interface or an abstract superclass apply to the registered implementation
 * (JAX-RS annotation inheritance), and a sub-resource reached through a locator is guarded.
 */
class InheritanceTest {

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(
          setup::feature,
          InterfaceResource.class,
          OverridingInterfaceResource.class,
          SubclassResource.class,
          LocatorResource.class);

  private int invocations;

  @BeforeEach
  void count() {
    invocations = Calls.INVOCATIONS.get();
  }

  private void assertNotRun() {
    assertEquals(invocations, Calls.INVOCATIONS.get(), "the resource method ran");
  }

  @Nested
  class Interface {

    @Test
    void methodRuleAndInterfaceRuleBothApply() {
      server.get("/iface/a").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/iface/a").as("alice", "iface").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/iface/a").asOther("bob").send().assertForbidden();
      assertNotRun();
      server.get("/iface/a").asOther("bob", "iface").send()
          .assertOk("iface a user=TestUser:bob scheme=other");
    }

    @Test
    void interfaceRuleAppliesToAnUnannotatedMethod() {
      server.get("/iface/b").send()
          .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
      server.get("/iface/b").as("alice").send().assertForbidden();
      assertNotRun();
      server.get("/iface/b").as("alice", "iface").send()
          .assertOk("iface b user=TestUser:alice scheme=header");
    }

    @Test
    void permitAllOnTheInterfaceMethod() {
      server.get("/iface/c").send().assertOk("iface c user=null scheme=null");
    }

    @Test
    void classLevelRuleOfTheImplementationReplacesTheInterfaces() {
      server.get("/iface-impl/b").as("alice", "iface").send().assertForbidden();
      assertNotRun();
      server.get("/iface-impl/b").as("alice", "impl").send()
          .assertOk("impl b user=TestUser:alice scheme=header");
      server.get("/iface-impl/a").asOther("bob", "impl").send()
          .assertOk("impl a user=TestUser:bob scheme=other");
    }
  }

  @Nested
  class AbstractSuperclass {

    @Test
    void inheritedMethodKeepsItsRulesAndTheSuperclassRule() {
      server.get("/sub/x").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      server.get("/sub/x").as("alice").send().assertForbidden();
      server.get("/sub/x").asOther("bob", "sup").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      assertNotRun();
      server.get("/sub/x").as("alice", "sup").send().assertOk("x user=TestUser:alice scheme=header");
    }

    @Test
    void implementedAbstractMethodGetsTheSuperclassRule() {
      server.get("/sub/y").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      server.get("/sub/y").asOther("bob").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      assertNotRun();
      server.get("/sub/y").as("alice").send().assertOk("y user=TestUser:alice scheme=header");
    }

    @Test
    void overridingMethodAddsItsRuleToTheOverriddenMethods() {
      server.get("/sub/z").send().assertUnauthorized(OtherBackend.CHALLENGE);
      server.get("/sub/z").asOther("bob").send().assertForbidden();
      server.get("/sub/z").as("alice", "zz").send().assertUnauthorized(OtherBackend.CHALLENGE);
      assertNotRun();
      server.get("/sub/z").asOther("bob", "zz").send().assertOk("z user=TestUser:bob scheme=other");
    }
  }

  @Nested
  class SubResourceLocator {

    @Test
    void subResourceMethodIsGuarded() {
      server.get("/loc/sub").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      server.get("/loc/sub").asOther("bob").send().assertUnauthorized(HeaderBackend.CHALLENGE);
      assertNotRun();
      server.get("/loc/sub").as("alice").send().assertOk("sub get user=TestUser:alice scheme=header");
    }

    @Test
    void subResourcePermissionIsChecked() {
      server.get("/loc/sub/perm").as("alice").send().assertForbidden();
      assertNotRun();
      server.get("/loc/sub/perm").as("alice", "p").send()
          .assertOk("sub perm user=TestUser:alice scheme=header");
    }

  }
}
