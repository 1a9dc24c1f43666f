package dev.gatehouse.runtime.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;

/**
 * The safety net for runtimes that do not apply a {@code DynamicFeature} to every resource method:
 * Apache CXF does not apply it to a sub-resource method reached through a locator, so without this
 * net such a method would run unchecked. A global filter, registered after the per-method filters (priority
 * {@code AUTHENTICATION + 1}): when no Gatehouse filter has run for the request ({@link
 * Gate#authenticate} marks it), it builds the filter of the matched method, as {@link
 * GatehouseDynamicFeature} would have, and runs it. Where the runtime did bind the method (Jersey,
 * RESTEasy, and CXF's root resources) it only reads the mark.
 *
 * <p>A matched method whose rules cannot be met (a scope no backend provides) throws {@link
 * dev.gatehouse.runtime.GatehouseConfigurationException}, which {@link MisconfigurationMapper}
 * answers with a bare 500; the method never runs. Without an injected {@link ResourceInfo} the
 * guard cannot tell which rules apply and answers 500 too.
 */
final class UnboundMethodGuard implements ContainerRequestFilter {

  /** Request property set once a Gatehouse filter has handled the request. */
  static final String CHECKED = "dev.gatehouse.checked";

  private static final System.Logger LOG = System.getLogger("dev.gatehouse");

  private final GatehouseDynamicFeature feature;

  @Context private ResourceInfo resourceInfo;

  UnboundMethodGuard(GatehouseDynamicFeature feature) {
    this.feature = feature;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (request.getProperty(CHECKED) != null) {
      return;
    }
    if (resourceInfo == null) {
      // The runtime did not inject ResourceInfo: nothing can tell which rules apply.
      LOG.log(Level.ERROR, "Gatehouse refuses the request: the runtime injected no ResourceInfo");
      request.abortWith(Response.serverError().build());
      return;
    }
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      // Nothing of the application matched (a runtime's own OPTIONS or HEAD answer).
      return;
    }
    // A rule that cannot be met throws GatehouseConfigurationException (logged by the feature):
    // MisconfigurationMapper makes it a bare 500.
    feature.filterFor(resourceClass, method).filter(request);
  }
}
