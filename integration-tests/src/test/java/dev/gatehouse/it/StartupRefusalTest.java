package dev.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gatehouse.it.resources.ChainResource;
import dev.gatehouse.it.resources.SemanticsResource;
import dev.gatehouse.it.startup.DuplicateIndex;
import dev.gatehouse.it.startup.NeedsOtherBackendResource;
import dev.gatehouse.it.startup.NegativeFilterIndex;
import dev.gatehouse.it.startup.PartialIndex;
import dev.gatehouse.it.startup.UnindexedResource;
import dev.gatehouse.it.startup.UnknownScopeResource;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.IndexClassLoader;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.Refusals;
import dev.gatehouse.it.support.TestUsers;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import java.nio.file.Path;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misconfigurations the processor cannot see: the application must refuse to start, with a
 * message naming the resource method and the missing piece, and nothing may listen.
 *
 * <p>{@link Refusals} says how Jersey propagates a refusal.
 */
class StartupRefusalTest {

  @TempDir Path dir;

  private static AuthenticationFeature.Builder headerOnly() {
    return AuthenticationFeature.builder().backend(new HeaderBackend()).userLoader(new TestUsers());
  }

  private static GatehouseConfigurationException refusal(
      AuthenticationFeature feature, Class<?>... resources) {
    return Refusals.refusal(JerseyServer.application(feature, resources));
  }

  private static void assertMessageContains(Throwable e, String... parts) {
    Refusals.assertMessageContains(e, parts);
  }

  @Test
  void authBackendsNamingABackendThatIsNotConfigured() {
    GatehouseConfigurationException e =
        refusal(headerOnly().build(), NeedsOtherBackendResource.class);
    assertMessageContains(
        e,
        NeedsOtherBackendResource.class.getName() + "#guarded()",
        "@AuthBackends",
        OtherBackend.class.getName(),
        "no backend of that class is configured");
  }

  @Test
  void authBackendsNamingAClassOfWhichSeveralBackendsAreConfigured() {
    AuthenticationFeature feature =
        AuthenticationFeature.builder()
            .backends(new HeaderBackend(), new OtherBackend(), new HeaderBackend())
            .userLoader(new TestUsers())
            .build();
    GatehouseConfigurationException e = refusal(feature, ChainResource.class);
    assertMessageContains(
        e, ChainResource.class.getName() + "#", HeaderBackend.class.getName(), "more than one");
  }

  @Test
  void authScopeMatchingNoConfiguredBackend() {
    GatehouseConfigurationException e = refusal(headerOnly().build(), UnknownScopeResource.class);
    assertMessageContains(
        e, UnknownScopeResource.class.getName() + "#guarded()", "@Auth", "\"nosuchscope\"");
  }

  @Test
  void authScopeMatchingABackendExcludedByAuthBackends() {
    // ScopeResource-like rule: @Auth("other") is fine with both configured; with "header" only it is not.
    GatehouseConfigurationException e =
        refusal(headerOnly().build(), dev.gatehouse.it.resources.ScopeResource.class);
    assertMessageContains(e, "ScopeResource#", "\"other\"");
  }

  @Test
  void builderWithoutUserLoader() {
    GatehouseConfigurationException e =
        assertThrows(
            GatehouseConfigurationException.class,
            () -> AuthenticationFeature.builder().backend(new HeaderBackend()).build());
    assertMessageContains(e, "user loader");
  }

  @Test
  void builderWithoutBackend() {
    GatehouseConfigurationException e =
        assertThrows(
            GatehouseConfigurationException.class,
            () -> AuthenticationFeature.builder().userLoader(new TestUsers()).build());
    assertMessageContains(e, "backend");
  }

  @Test
  void ruleButNoGeneratedFilter() {
    AuthenticationFeature feature =
        headerOnly().backend(new OtherBackend()).classLoader(IndexClassLoader.withoutIndex()).build();
    GatehouseConfigurationException e = refusal(feature, SemanticsResource.class);
    assertMessageContains(
        e, SemanticsResource.class.getName() + "#", "no generated Gatehouse filter", "gatehouse-processor");
  }

  @Test
  void control_unannotatedResourceStartsWithoutAnyIndex() {
    AuthenticationFeature feature = headerOnly().classLoader(IndexClassLoader.withoutIndex()).build();
    HttpServer server =
        JerseyServer.start(JerseyServer.application(feature, UnindexedResource.class));
    server.shutdownNow();
  }

  @Test
  void staleIndexThatMissesAMethodOfItsClass() {
    AuthenticationFeature feature =
        headerOnly().classLoader(IndexClassLoader.withOnly(dir, PartialIndex.class)).build();
    GatehouseConfigurationException e = refusal(feature, UnindexedResource.class);
    assertMessageContains(e, UnindexedResource.class.getName() + "#b()", "stale");
  }

  @Test
  void twoIndexesBindingTheSameMethod() {
    AuthenticationFeature feature =
        headerOnly().classLoader(IndexClassLoader.withAdditional(dir, DuplicateIndex.class)).build();
    GatehouseConfigurationException e = refusal(feature, UnindexedResource.class);
    assertMessageContains(e, ProfileResource.class.getName() + "#me(SecurityContext)", "two generated indexes");
  }

  @Test
  void guardedBindingWithANegativeFilterNumberIsNotPublic() {
    AuthenticationFeature feature =
        headerOnly()
            .classLoader(IndexClassLoader.withAdditional(dir, NegativeFilterIndex.class))
            .build();
    GatehouseConfigurationException e = refusal(feature, UnindexedResource.class);
    assertMessageContains(
        e, NegativeFilterIndex.class.getName(), UnindexedResource.class.getName() + "#a()", "-1");
  }

  @Test
  void indexListedButMissingFromTheClassPath() {
    AuthenticationFeature feature =
        headerOnly()
            .classLoader(IndexClassLoader.withOnlyNames(dir, "com.example.Deleted_Gatehouse"))
            .build();
    GatehouseConfigurationException e = refusal(feature, UnindexedResource.class);
    assertMessageContains(e, "com.example.Deleted_Gatehouse", "stale", "rebuild");
  }
}
