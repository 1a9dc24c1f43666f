package dev.gatehouse.it.support;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/** An HTTP response, with the assertions the tests make on it. */
public record Reply(int status, HttpHeaders headers, String body) {

  /** Every {@code WWW-Authenticate} value, in order. */
  public List<String> challenges() {
    return headers.allValues("WWW-Authenticate");
  }

  public String contentType() {
    return headers.firstValue("Content-Type").orElse(null);
  }

  /** The body as a flat JSON object. */
  public Map<String, Object> json() {
    return Json.parseObject(body);
  }

  /** 200 with exactly this body. */
  public Reply assertOk(String expectedBody) {
    assertEquals(200, status, () -> "status; body: " + body);
    assertEquals(expectedBody, body);
    assertTrue(challenges().isEmpty(), () -> "no challenge on 200: " + challenges());
    return this;
  }

  /** A 401 problem with exactly these challenges, in this order. */
  public Reply assertUnauthorized(String... challenges) {
    assertProblem(401, "Unauthorized");
    assertEquals(List.of(challenges), challenges(), "WWW-Authenticate challenges");
    return this;
  }

  /** A 403 problem, no challenge. */
  public Reply assertForbidden() {
    assertProblem(403, "Forbidden");
    assertTrue(challenges().isEmpty(), () -> "no challenge on 403: " + challenges());
    return this;
  }

  /** A 503 problem, no challenge, nothing of the exception in the body. */
  public Reply assertUnavailable() {
    assertProblem(503, "Service Unavailable");
    assertTrue(challenges().isEmpty(), () -> "no challenge on 503: " + challenges());
    assertAll(
        () -> assertFalse(body.contains(HeaderBackend.SECRET), "secret detail in body: " + body),
        () -> assertFalse(body.contains(TestUsers.SECRET), "secret detail in body: " + body),
        () -> assertFalse(body.contains("Exception"), "exception name in body: " + body),
        () -> assertFalse(body.contains("\tat "), "stack trace in body: " + body),
        () -> assertFalse(body.contains("dev.gatehouse"), "class name in body: " + body),
        () -> assertFalse(body.contains("java."), "class name in body: " + body));
    return this;
  }

  /** An RFC 9457 problem: status, media type, and the type/title/status members. */
  public Reply assertProblem(int expectedStatus, String expectedTitle) {
    assertEquals(expectedStatus, status, () -> "status; body: " + body);
    assertTrue(
        contentType() != null && contentType().startsWith("application/problem+json"),
        () -> "Content-Type: " + contentType());
    Map<String, Object> json = json();
    assertAll(
        () -> assertEquals("about:blank", json.get("type"), "type"),
        () -> assertEquals(expectedTitle, json.get("title"), "title"),
        () -> assertEquals((long) expectedStatus, json.get("status"), "status member"),
        () -> assertTrue(json.get("detail") instanceof String, "detail"));
    return this;
  }
}
