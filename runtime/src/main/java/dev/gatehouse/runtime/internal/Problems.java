package dev.gatehouse.runtime.internal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The RFC 9457 problem responses Gatehouse sends. The bodies are fixed texts: they say what
 * happened in general terms and nothing about which check failed or why, so they help no attacker.
 */
final class Problems {

  static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  static final String UNAUTHORIZED_BODY =
      problem(401, "Unauthorized", "Valid credentials are required to access this resource.");
  static final String FORBIDDEN_BODY =
      problem(403, "Forbidden", "You are not allowed to access this resource.");
  static final String UNAVAILABLE_BODY =
      problem(503, "Service Unavailable", "Authentication is temporarily unavailable.");

  private Problems() {}

  static Response unauthorized(List<String> challenges) {
    Response.ResponseBuilder response = problemResponse(401, UNAUTHORIZED_BODY);
    for (String challenge : challenges) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
    return response.build();
  }

  static Response forbidden() {
    return problemResponse(403, FORBIDDEN_BODY).build();
  }

  static Response unavailable() {
    return problemResponse(503, UNAVAILABLE_BODY).build();
  }

  private static Response.ResponseBuilder problemResponse(int status, String body) {
    return Response.status(status)
        .type(PROBLEM_JSON)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(body);
  }

  private static String problem(int status, String title, String detail) {
    return "{\"type\":\"about:blank\",\"title\":\""
        + title
        + "\",\"status\":"
        + status
        + ",\"detail\":\""
        + detail
        + "\"}";
  }
}
