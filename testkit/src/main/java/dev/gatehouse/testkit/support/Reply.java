package dev.gatehouse.testkit.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;

/**
 * An HTTP response, with the assertions the kit makes on it. Problem bodies are compared byte for
 * byte: every runtime must send Gatehouse's fixed RFC 9457 texts unchanged.
 */
public record Reply(String request, int status, HttpHeaders headers, String body) {

  public static final String UNAUTHORIZED =
      "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"Valid credentials are required to access this resource.\"}";
  public static final String FORBIDDEN =
      "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"You are not allowed to access this resource.\"}";
  public static final String UNAVAILABLE =
      "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
          + "\"detail\":\"Authentication is temporarily unavailable.\"}";

  /** Every {@code WWW-Authenticate} field line, in order (names compare without case). */
  public List<String> challenges() {
    return headers.allValues("WWW-Authenticate");
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** 200 with exactly this body and no challenge. */
  public Reply assertOk(String expectedBody) {
    assertEquals(200, status, () -> request + " status; body: " + body);
    assertEquals(expectedBody, body, request);
    assertTrue(challenges().isEmpty(), () -> request + ": no challenge on 200: " + challenges());
    return this;
  }

  /** A 401 problem with exactly these challenges, one field line each, in this order. */
  public Reply assertUnauthorized(String... challenges) {
    assertProblem(401, UNAUTHORIZED);
    assertEquals(List.of(challenges), challenges(), request + ": WWW-Authenticate challenges");
    return this;
  }

  /** A 403 problem, no challenge. */
  public Reply assertForbidden() {
    assertProblem(403, FORBIDDEN);
    assertTrue(challenges().isEmpty(), () -> request + ": no challenge on 403: " + challenges());
    return this;
  }

  /** A 503 problem, no challenge; the fixed body says nothing of the exception. */
  public Reply assertUnavailable() {
    assertProblem(503, UNAVAILABLE);
    assertTrue(challenges().isEmpty(), () -> request + ": no challenge on 503: " + challenges());
    return this;
  }

  private void assertProblem(int expectedStatus, String expectedBody) {
    assertEquals(expectedStatus, status, () -> request + " status; body: " + body);
    String type = header("Content-Type");
    assertTrue(
        type != null && type.startsWith("application/problem+json"),
        () -> request + ": Content-Type " + type);
    assertEquals("no-store", header("Cache-Control"), request + ": Cache-Control");
    assertEquals(expectedBody, body, request + ": problem body");
  }
}
