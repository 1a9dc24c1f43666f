package dev.gatehouse.it.checks;

import static dev.gatehouse.it.support.Refusals.assertMessageContains;
import static dev.gatehouse.it.support.Refusals.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.checks.closed.ClosedResource;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.IndexClassLoader;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.TestSetup;
import dev.gatehouse.it.support.TestUsers;
import dev.gatehouse.runtime.AuthenticationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @Auth} on {@code package-info.java}: every resource method of the package is closed. */
class DenyByDefaultTest {

  static final TestSetup setup = new TestSetup();

  @RegisterExtension
  static final JerseyServer server = JerseyServer.of(setup::feature, ClosedResource.class);

  @Test
  void unannotatedMethodRequiresThePackagesScope() {
    int invocations = Calls.INVOCATIONS.get();
    server.get("/closed").send().assertUnauthorized(HeaderBackend.CHALLENGE);
    server.get("/closed").asOther("bob").send().assertUnauthorized(HeaderBackend.CHALLENGE);
    assertEquals(invocations, Calls.INVOCATIONS.get());
    server.get("/closed").as("alice").send()
        .assertOk("unannotated user=TestUser:alice scheme=header");
  }

  @Test
  void permitAllOpensAMethod() {
    server.get("/closed/open").send().assertOk("open");
  }

  @Test
  void aMethodsOwnAuthReplacesThePackages() {
    server.get("/closed/other").as("alice").send().assertUnauthorized(OtherBackend.CHALLENGE);
    server.get("/closed/other").asOther("bob").send()
        .assertOk("other user=TestUser:bob scheme=other");
  }

  /** The package annotation is visible at run time: without the processor, no start. */
  @Test
  void withoutTheProcessorTheApplicationRefusesToStart() {
    AuthenticationFeature feature =
        AuthenticationFeature.builder()
            .backend(new HeaderBackend())
            .userLoader(new TestUsers())
            .classLoader(IndexClassLoader.withoutIndex())
            .build();
    assertMessageContains(
        refusal(JerseyServer.application(feature, ClosedResource.class)),
        ClosedResource.class.getName() + "#",
        "no generated Gatehouse filter");
  }
}
