package dev.gatehouse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gatehouse.runtime.GatehouseConfigurationException;
import dev.gatehouse.testkit.resources.LocatorStartupResources;
import dev.gatehouse.testkit.support.Calls;
import dev.gatehouse.testkit.support.Http;
import dev.gatehouse.testkit.support.Reply;
import dev.gatehouse.testkit.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deploy-time checks through sub-resource locators, on every runtime: a sub-resource named by a
 * locator's signature is checked when the application starts (every runtime builds sub-resource
 * models lazily, CXF never shows them to a {@code DynamicFeature}), and a rule on a locator never
 * admits anyone wherever Gatehouse has no hook to run it before the locator (everywhere but Jersey
 * with {@code gatehouse-jersey}, which the runtime modules do not include).
 */
public abstract class LocatorStartupCases {

  /** The runtime under test. */
  protected abstract RuntimeAdapter runtime();

  private GatehouseConfigurationException refusal(Class<?> resource) {
    int invocations = Calls.INVOCATIONS.get();
    TestApplication application =
        new TestApplication(List.of(resource), List.of(TestUsers.feature()));
    try (Deployment deployment = runtime().deploy(application)) {
      fail("the application started on " + runtime().name());
    } catch (RuntimeException e) {
      assertEquals(invocations, Calls.INVOCATIONS.get());
      return gatehouseRefusal(e);
    }
    throw new AssertionError("unreachable");
  }

  @Test
  void misconfiguredSubResourceNamedByALocatorRefusesToStart() {
    GatehouseConfigurationException e =
        refusal(LocatorStartupResources.ToMisconfigured.class);
    assertTrue(e.getMessage().contains("MisconfiguredSub#get()"), e.getMessage());
    assertTrue(e.getMessage().contains("nosuchscope"), e.getMessage());
  }

  /**
   * A rule on a locator, without a hook to run it first: the application refuses to start where
   * the runtime shows Gatehouse the class at deploy time (Jersey, CXF); where it does not (RESTEasy
   * shows only classes with resource methods), every request through the locator is a bare 500
   * and nothing the locator returns is reached.
   */
  @Test
  void ruleOnALocatorWithoutAHookNeverAdmits() {
    int invocations = Calls.INVOCATIONS.get();
    TestApplication application =
        new TestApplication(
            List.of(LocatorStartupResources.GuardedLocator.class), List.of(TestUsers.feature()));
    Deployment deployment;
    try {
      deployment = runtime().deploy(application);
    } catch (RuntimeException e) {
      GatehouseConfigurationException refusal = gatehouseRefusal(e);
      assertTrue(refusal.getMessage().contains("GuardedLocator#s()"), refusal.getMessage());
      assertTrue(
          refusal.getMessage().contains("sub-resource locator with access rules"),
          refusal.getMessage());
      return;
    }
    try (deployment) {
      Http http = new Http(deployment.base());
      for (Reply reply :
          List.of(
              http.get("/guarded-locator/s").send(),
              http.get("/guarded-locator/s").as("alice").send(),
              http.get("/guarded-locator/s/perm").as("alice", "p").send())) {
        assertEquals(500, reply.status(), reply.body());
        assertTrue(!reply.body().contains("GuardedLocator"), reply.body());
      }
      assertEquals(invocations, Calls.INVOCATIONS.get());
    }
  }

  private static GatehouseConfigurationException gatehouseRefusal(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GatehouseConfigurationException refusal) {
        return refusal;
      }
    }
    throw new AssertionError("not a Gatehouse refusal", e);
  }
}
