package dev.gatehouse.it.checks;

import static dev.gatehouse.it.support.Refusals.assertMessageContains;
import static dev.gatehouse.it.support.Refusals.refusal;

import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.IndexClassLoader;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.TestUsers;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import dev.gatehouse.runtime.internal.GatehouseDynamicFeature;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * Locators and sub-resources the processor cannot judge alone: each misconfiguration refuses to
 * start, naming the method and the missing piece — although Jersey would build the sub-resource's
 * model only on the first request through the locator.
 */
class LocatorStartupTest {

  private static AuthenticationFeature.Builder headerOnly() {
    return AuthenticationFeature.builder().backend(new HeaderBackend()).userLoader(new TestUsers());
  }

  @Test
  void subResourceWithAScopeNoBackendProvidesRefusesToStart() {
    GatehouseConfigurationException e =
        refusal(
            JerseyServer.application(
                headerOnly().build(), MisconfiguredLocators.ToMisconfiguredSub.class));
    assertMessageContains(e, MisconfiguredSubResource.class.getName() + "#get()", "nosuchscope");
  }

  @Test
  void locatorWithAScopeNoBackendProvidesRefusesToStart() {
    GatehouseConfigurationException e =
        refusal(
            JerseyServer.application(
                headerOnly().build(), MisconfiguredLocators.UnknownScopeLocator.class));
    assertMessageContains(
        e, MisconfiguredLocators.UnknownScopeLocator.class.getName() + "#s()", "nosuchscope");
  }

  @Test
  void locatorWithRulesButNoGeneratedCheckRefusesToStart() {
    AuthenticationFeature feature = headerOnly().classLoader(IndexClassLoader.withoutIndex()).build();
    GatehouseConfigurationException e =
        refusal(JerseyServer.application(feature, GuardedLocatorResource.class));
    assertMessageContains(
        e,
        GuardedLocatorResource.class.getName() + "#",
        "no generated Gatehouse filter",
        "gatehouse-processor");
  }

  /** On Jersey without dev.gatehouse:gatehouse-jersey a guarded locator refuses to start, saying so. */
  @Test
  void guardedLocatorOnJerseyWithoutGatehouseJerseyRefusesToStart() {
    ClassLoader withoutGatehouseJersey =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("dev.gatehouse.jersey.")) {
              throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
          }
        };
    AuthenticationFeature feature = headerOnly().classLoader(withoutGatehouseJersey).build();
    GatehouseConfigurationException e =
        refusal(JerseyServer.application(feature, GuardedLocatorResource.class));
    assertMessageContains(
        e, GuardedLocatorResource.class.getName() + "#", "dev.gatehouse:gatehouse-jersey");
  }

  /**
   * The feature registered without its locator hook stands for a Jakarta REST runtime that has
   * none: a guarded locator there would run unchecked, so the application must not start.
   */
  @Test
  void guardedLocatorWithoutTheHookRefusesToStart() {
    ResourceConfig application = new ResourceConfig(GuardedLocatorResource.class);
    application.register(
        GatehouseDynamicFeature.create(
            List.of(new HeaderBackend()), new TestUsers(), getClass().getClassLoader()));
    GatehouseConfigurationException e = refusal(application);
    assertMessageContains(
        e,
        GuardedLocatorResource.class.getName() + "#",
        "sub-resource locator with access rules",
        "no hook");
  }
}
