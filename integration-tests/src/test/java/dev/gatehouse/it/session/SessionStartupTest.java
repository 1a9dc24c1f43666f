package dev.gatehouse.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.TestUsers;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import dev.gatehouse.runtime.session.SessionAuthBackend;
import dev.gatehouse.runtime.session.SessionFeature;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The session backend without the session feature refuses to start; with it, in either order,
 * starts.
 */
class SessionStartupTest {

  private static AuthenticationFeature sessionAuth() {
    return AuthenticationFeature.builder()
        .backend(new SessionAuthBackend())
        .backend(new HeaderBackend())
        .userLoader(new TestUsers())
        .build();
  }

  @Test
  void theBackendWithoutTheFeatureRefusesToStart() {
    ResourceConfig app = JerseyServer.application(sessionAuth(), SessionResource.class);
    GatehouseConfigurationException e =
        assertThrows(
            GatehouseConfigurationException.class, () -> JerseyServer.start(app).shutdownNow());
    assertEquals(
        "SessionAuthBackend is configured but the session feature is not registered: register"
            + " SessionFeature.builder().build() with the application beside the"
            + " AuthenticationFeature",
        e.getMessage());
  }

  @Test
  void theFeatureMayBeRegisteredAfterTheAuthenticationFeature() {
    ResourceConfig app = JerseyServer.application(sessionAuth(), SessionResource.class);
    app.register(SessionFeature.builder().build());
    HttpServer server = JerseyServer.start(app);
    try {
      JerseyServer.client(server).get("/s/me").send().assertUnauthorized();
    } finally {
      server.shutdownNow();
    }
  }
}
