package dev.gatehouse.runtimes.cxf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.testkit.Deployment;
import dev.gatehouse.testkit.TestApplication;
import dev.gatehouse.testkit.resources.SemanticsResource;
import dev.gatehouse.testkit.support.HeaderBackend;
import dev.gatehouse.testkit.support.Http;
import dev.gatehouse.testkit.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A known difference, kept visible: by default CXF sends the challenges of a 401 joined into one
 * {@code WWW-Authenticate} field line (still one valid list of challenges, RFC 9110 §11.6.1); with
 * {@value CxfAdapter#ADD_HEADERS} each gets its own line, as on Jersey and RESTEasy.
 */
class HeaderLinesOnCxfTest {

  static final String HEADER = HeaderBackend.HEADER.challenge();
  static final String OTHER = HeaderBackend.OTHER.challenge();

  static TestApplication application() {
    return new TestApplication(List.of(SemanticsResource.class), List.of(TestUsers.feature()));
  }

  @Test
  void byDefaultTheChallengesShareOneLine() {
    try (Deployment deployment = new CxfAdapter(false).deploy(application())) {
      List<String> lines = new Http(deployment.base()).get("/s/protected").send().challenges();
      assertEquals(List.of(HEADER + "," + OTHER), lines);
    }
  }

  @Test
  void withAddHeadersEachChallengeHasItsOwnLine() {
    try (Deployment deployment = new CxfAdapter(true).deploy(application())) {
      List<String> lines = new Http(deployment.base()).get("/s/protected").send().challenges();
      assertEquals(List.of(HEADER, OTHER), lines);
    }
  }
}
