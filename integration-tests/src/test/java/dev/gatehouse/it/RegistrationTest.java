package dev.gatehouse.it;

import dev.gatehouse.it.resources.ScopeResource;
import dev.gatehouse.it.resources.SemanticsResource;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.OtherBackend;
import dev.gatehouse.it.support.ProbeReader;
import dev.gatehouse.it.support.TestSetup;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature registered the portable way, as a singleton of a plain {@link Application} (no
 * Jersey API), with one resource registered as a class and one as an instance.
 */
class RegistrationTest {

  static final TestSetup setup = new TestSetup();
  static HttpServer server;
  static JerseyServer.Client client;

  static final class PlainApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
      return Set.of(SemanticsResource.class, ProbeReader.class);
    }

    @Override
    public Set<Object> getSingletons() {
      return Set.of(setup.feature(), new ScopeResource());
    }

    @Override
    public java.util.Map<String, Object> getProperties() {
      return java.util.Map.of(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
  }

  @BeforeAll
  static void start() {
    server = JerseyServer.start(ResourceConfig.forApplication(new PlainApplication()));
    client = JerseyServer.client(server);
  }

  @AfterAll
  static void stop() {
    server.shutdownNow();
  }

  @Test
  void resourceRegisteredAsAClassIsGuarded() {
    client.get("/s/protected").send()
        .assertUnauthorized(HeaderBackend.CHALLENGE, OtherBackend.CHALLENGE);
    client.get("/s/protected").as("alice").send()
        .assertOk("protected user=TestUser:alice scheme=header");
  }

  @Test
  void resourceRegisteredAsAnInstanceIsGuarded() {
    client.get("/scope/other").as("alice").send().assertUnauthorized(OtherBackend.CHALLENGE);
    client.get("/scope/other").asOther("bob").send()
        .assertOk("other user=TestUser:bob scheme=other");
  }
}
