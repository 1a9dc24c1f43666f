package dev.gatehouse.testkit;

import dev.gatehouse.testkit.resources.SemanticsResource;
import dev.gatehouse.testkit.resources.SubclassResource;
import dev.gatehouse.testkit.support.ProbeReader;
import dev.gatehouse.testkit.support.TestUsers;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways to register Gatehouse, each in its own deployment: the feature instance on the
 * runtime's own configuration object ({@link Native}), and the application's own {@link Feature}
 * listed in {@code Application#getClasses()} that registers the feature ({@link FeatureClass}). The
 * other kit cases cover the feature in {@code Application#getSingletons()}. Resources are
 * registered as classes and as instances.
 */
public final class RegistrationCases {

  private RegistrationCases() {}

  /** What every way of registering must give. */
  public abstract static class Common extends KitCase {

    @Test
    void resourceRegisteredAsAClassIsGuarded() {
      http.get("/s/protected").send().assertUnauthorized(HEADER, OTHER);
      http.get("/s/perm").as("alice").send().assertForbidden();
      assertNotRun();
      http.get("/s/protected").as("alice").send()
          .assertOk("protected user=TestUser:alice scheme=header");
    }

    @Test
    void resourceRegisteredAsAnInstanceIsGuarded() {
      http.get("/sub/x").as("alice").send().assertForbidden();
      http.get("/sub/z").as("alice", "zz").send().assertUnauthorized(OTHER);
      assertNotRun();
      http.get("/sub/x").as("alice", "sup").send().assertOk("x user=TestUser:alice scheme=header");
    }

    @Test
    void publicMethodAttachesTheUser() {
      http.get("/s/public").asOther("bob", "read").send()
          .assertOk("public user=TestUser:bob scheme=other read=true");
    }
  }

  /** The feature instance and the resources registered on the runtime's own config object. */
  public abstract static class Native extends Common {

    @Override
    protected TestApplication application() {
      return new TestApplication(
          List.of(SemanticsResource.class, ProbeReader.class),
          List.of(new SubclassResource(), TestUsers.feature()));
    }

    @Override
    protected Deployment deploy(RuntimeAdapter runtime, TestApplication application) {
      return runtime.deployNative(application);
    }
  }

  /**
   * An application {@link Feature} class, instantiated by the runtime from {@code
   * Application#getClasses()}, registers Gatehouse's feature, which registers its dynamic feature:
   * features nested two deep.
   */
  public abstract static class FeatureClass extends Common {

    /** What an application writes: a feature with a public no-argument constructor. */
    public static final class ApplicationSecurity implements Feature {
      @Override
      public boolean configure(FeatureContext context) {
        context.register(TestUsers.feature());
        return true;
      }
    }

    @Override
    protected TestApplication application() {
      return new TestApplication(
          List.of(SemanticsResource.class, ProbeReader.class, ApplicationSecurity.class),
          List.of(new SubclassResource()));
    }
  }
}
