package dev.gatehouse.runtimes.resteasy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testkit.support.Jars;
import jakarta.ws.rs.core.Application;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.junit.jupiter.api.Test;

/** The module runs RESTEasy 7.0.1.Final on Jakarta REST 4.0. */
class VersionsTest {

  @Test
  void runsTheExpectedResteasyAndApi() {
    assertEquals("resteasy-core-7.0.1.Final.jar", Jars.of(ResteasyDeploymentImpl.class));
    assertEquals("resteasy-undertow-7.0.1.Final.jar", Jars.of(UndertowJaxrsServer.class));
    assertEquals("jakarta.ws.rs-api-4.0.0.jar", Jars.of(Application.class));
  }
}
