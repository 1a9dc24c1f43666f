package dev.gatehouse.testkit;


import dev.gatehouse.testkit.resources.GenericResource;
import dev.gatehouse.testkit.resources.InterfaceResource;
import dev.gatehouse.testkit.resources.LocatorResource;
import dev.gatehouse.testkit.resources.SubclassResource;
import dev.gatehouse.testkit.support.ProbeReader;
import dev.gatehouse.testkit.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules declared on an interface or an abstract superclass apply to the registered implementation
 * (Jakarta REST annotation inheritance), a bridge method does not open a path, and a sub-resource
 * reached through a locator is guarded.
 */
public abstract class InheritanceCases extends KitCase {


  @Override
  protected TestApplication application() {
    return new TestApplication(
        List.of(
            InterfaceResource.class,
            SubclassResource.class,
            GenericResource.class,
            LocatorResource.class,
            ProbeReader.class),
        List.of(TestUsers.feature()));
  }

  @Test
  void interfaceMethodRuleAndInterfaceClassRuleBothApply() {
    http.get("/iface/a").send().assertUnauthorized(OTHER);
    http.get("/iface/a").as("alice", "iface").send().assertUnauthorized(OTHER);
    http.get("/iface/a").asOther("bob").send().assertForbidden();
    assertNotRun();
    http.get("/iface/a").asOther("bob", "iface").send().assertOk("iface a user=TestUser:bob scheme=other");
  }

  @Test
  void interfaceClassRuleAppliesToAnUnannotatedMethod() {
    http.get("/iface/b").send().assertUnauthorized(HEADER, OTHER);
    http.get("/iface/b").as("alice").send().assertForbidden();
    assertNotRun();
    http.get("/iface/b").as("alice", "iface").send().assertOk("iface b user=TestUser:alice scheme=header");
  }

  @Test
  void permitAllOnTheInterfaceMethod() {
    http.get("/iface/c").send().assertOk("iface c user=null scheme=null");
  }

  @Test
  void superclassMethodKeepsItsRulesAndTheSuperclassRule() {
    http.get("/sub/x").send().assertUnauthorized(HEADER);
    http.get("/sub/x").as("alice").send().assertForbidden();
    http.get("/sub/x").asOther("bob", "sup").send().assertUnauthorized(HEADER);
    assertNotRun();
    http.get("/sub/x").as("alice", "sup").send().assertOk("x user=TestUser:alice scheme=header");
  }

  @Test
  void implementedAbstractMethodGetsTheSuperclassRule() {
    http.get("/sub/y").send().assertUnauthorized(HEADER);
    http.get("/sub/y").asOther("bob").send().assertUnauthorized(HEADER);
    assertNotRun();
    http.get("/sub/y").as("alice").send().assertOk("y user=TestUser:alice scheme=header");
  }

  @Test
  void overridingMethodAddsItsRuleToTheOverriddenMethods() {
    http.get("/sub/z").send().assertUnauthorized(OTHER);
    http.get("/sub/z").asOther("bob").send().assertForbidden();
    http.get("/sub/z").as("alice", "zz").send().assertUnauthorized(OTHER);
    assertNotRun();
    http.get("/sub/z").asOther("bob", "zz").send().assertOk("z user=TestUser:bob scheme=other");
  }

  @Test
  void bridgeMethodOfAGenericInterfaceIsGuarded() {
    http.post("/generic").probe("thing").send().assertUnauthorized(HEADER, OTHER);
    assertNotRun();
    http.post("/generic").as("alice").probe("thing").send()
        .assertOk("created thing user=TestUser:alice scheme=header");
  }

  @Test
  void subResourceReturnedByALocatorIsGuarded() {
    http.get("/loc/sub").send().assertUnauthorized(HEADER);
    http.get("/loc/sub").asOther("bob").send().assertUnauthorized(HEADER);
    http.get("/loc/sub/perm").as("alice").send().assertForbidden();
    assertNotRun();
    http.get("/loc/sub").as("alice").send().assertOk("sub get user=TestUser:alice scheme=header");
    http.get("/loc/sub/perm").as("alice", "p").send().assertOk("sub perm user=TestUser:alice scheme=header");
  }

  @Test
  void subResourceReturnedAsAClassIsGuarded() {
    http.get("/loc/by-class").send().assertUnauthorized(HEADER);
    http.get("/loc/by-class/perm").as("alice").send().assertForbidden();
    assertNotRun();
    http.get("/loc/by-class").as("alice").send().assertOk("sub get user=TestUser:alice scheme=header");
  }
}
