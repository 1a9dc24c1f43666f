package dev.gatehouse.it.checks;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An application's catch-all exception mapper that turns everything into 200: a locator's refusal
 * (thrown as a WebApplicationException) must not pass through it.
 */
@Provider
public class CatchAllMapper implements ExceptionMapper<Throwable> {
  @Override
  public Response toResponse(Throwable exception) {
    return Response.ok("mapped " + exception.getClass().getSimpleName()).build();
  }
}
