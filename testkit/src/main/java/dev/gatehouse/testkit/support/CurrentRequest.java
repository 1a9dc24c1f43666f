package dev.gatehouse.testkit.support;

import dev.gatehouse.runtime.session.Session;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The session of the request being handled, on every runtime. Only Jersey injects {@code
 * ContainerRequestContext} into resource methods (RESTEasy answers 500, "Unable to find contextual
 * data"); an application on RESTEasy or CXF reads the request properties through its servlet
 * request ({@code Session.from(servletRequest::getAttribute)}). Grizzly has no servlet request, so
 * the kit keeps the context of the request its thread is handling, from a filter, and reads the
 * properties through it: the same {@link Session#from(java.util.function.Function)} path.
 */
@Provider
public final class CurrentRequest implements ContainerRequestFilter, ContainerResponseFilter {

  private static final ThreadLocal<ContainerRequestContext> CURRENT = new ThreadLocal<>();

  @Override
  public void filter(ContainerRequestContext request) {
    CURRENT.set(request);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    CURRENT.remove();
  }

  /** The session of the request this thread is handling. */
  public static Session session() {
    ContainerRequestContext request = CURRENT.get();
    if (request == null) {
      throw new IllegalStateException("CurrentRequest is not registered with the application");
    }
    return Session.from(request::getProperty);
  }
}
