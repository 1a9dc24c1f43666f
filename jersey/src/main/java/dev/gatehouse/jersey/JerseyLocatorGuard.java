package dev.gatehouse.jersey;

import dev.gatehouse.runtime.internal.GatehouseDynamicFeature;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.List;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Runs the generated check of a sub-resource locator before Jersey invokes the locator.
 *
 * <p>Jakarta REST filters run only around resource methods, after every locator on the way has
 * run, and {@code DynamicFeature} never sees a locator. Jersey announces each locator it is about
 * to invoke with a {@link RequestEvent.Type#LOCATOR_MATCHED} event, with the parameters already
 * resolved and the method not yet called; this listener runs the locator's check there. A refusal
 * is thrown as a {@link WebApplicationException} carrying the 401/403/503 response, so the locator
 * body, the sub-resource and its entity are never reached.
 *
 * <p>Not for applications to register: {@code AuthenticationFeature} installs it by name when this
 * module and Jersey are on the class path; without it, an application with a guarded locator
 * refuses to start.
 */
public final class JerseyLocatorGuard implements ApplicationEventListener {

  private final GatehouseDynamicFeature feature;

  public JerseyLocatorGuard(GatehouseDynamicFeature feature) {
    this.feature = feature;
  }

  @Override
  public void onEvent(ApplicationEvent event) {}

  @Override
  public RequestEventListener onRequest(RequestEvent start) {
    return this::check;
  }

  private void check(RequestEvent event) {
    if (event.getType() != RequestEvent.Type.LOCATOR_MATCHED) {
      return;
    }
    ExtendedUriInfo uri = event.getUriInfo();
    List<ResourceMethod> locators = uri.getMatchedResourceLocators();
    List<Object> resources = uri.getMatchedResources();
    Method method = locators.get(0).getInvocable().getHandlingMethod();
    ContainerRequestFilter check = feature.locatorCheck(resources.get(0).getClass(), method);
    if (check == null) {
      return;
    }
    ContainerRequest request = event.getContainerRequest();
    try {
      check.filter(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Response refusal = request.getAbortResponse();
    if (refusal != null) {
      request.abortWith(null);
      throw new WebApplicationException(refusal);
    }
  }
}
