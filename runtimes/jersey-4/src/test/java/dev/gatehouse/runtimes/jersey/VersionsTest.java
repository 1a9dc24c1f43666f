package dev.gatehouse.runtimes.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testkit.support.Jars;
import jakarta.ws.rs.core.Application;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The module runs the Jersey and Jakarta REST versions its pom names (this source serves two). */
class VersionsTest {

  @Test
  void runsTheExpectedJerseyAndApi() {
    assertEquals(
        "jersey-server-" + System.getProperty("expected.jersey") + ".jar", Jars.of(ResourceConfig.class));
    assertEquals(
        "jakarta.ws.rs-api-" + System.getProperty("expected.jaxrs") + ".jar", Jars.of(Application.class));
  }
}
