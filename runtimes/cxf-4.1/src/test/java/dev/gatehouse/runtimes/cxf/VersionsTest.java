package dev.gatehouse.runtimes.cxf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testkit.support.Jars;
import jakarta.ws.rs.core.Application;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.http_jetty.JettyHTTPDestination;
import org.junit.jupiter.api.Test;

/** The module runs Apache CXF 4.1.0 on Jakarta REST 3.1. */
class VersionsTest {

  @Test
  void runsTheExpectedCxfAndApi() {
    assertEquals("cxf-rt-frontend-jaxrs-4.1.0.jar", Jars.of(JAXRSServerFactoryBean.class));
    assertEquals("cxf-rt-transports-http-jetty-4.1.0.jar", Jars.of(JettyHTTPDestination.class));
    assertEquals("jakarta.ws.rs-api-3.1.0.jar", Jars.of(Application.class));
  }
}
