package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.GatehouseConfigurationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The net for runtimes without a hook before sub-resource locators (every runtime but Jersey with
 * {@code gatehouse-jersey}). Deploy time refuses a guarded locator of every class the runtime
 * shows Gatehouse then; a root resource with nothing but locators may not be shown (RESTEasy). A
 * request that went through such a class is refused here, as a misconfiguration (a bare 500 through
 * {@link MisconfigurationMapper}), before the sub-resource method runs: the locator body has run,
 * but nothing it returned is reached. A global filter at {@code AUTHENTICATION - 1}.
 */
final class UncheckedLocatorNet implements ContainerRequestFilter {

  private final GatehouseDynamicFeature feature;
  /** Per class: the first of its locators that has rules, or null. */
  private final ConcurrentMap<Class<?>, Optional<Method>> guarded =
      new ConcurrentHashMap<>();

  UncheckedLocatorNet(GatehouseDynamicFeature feature) {
    this.feature = feature;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    List<Object> matched = request.getUriInfo().getMatchedResources();
    // The first is the resource whose method runs; the others were reached through a locator.
    for (int i = 1; i < matched.size(); i++) {
      Class<?> type = matched.get(i).getClass();
      Method locator =
          guarded.computeIfAbsent(type, t -> Optional.ofNullable(firstGuarded(t)))
              .orElse(null);
      if (locator != null) {
        throw new GatehouseConfigurationException(
            Names.method(type, locator)
                + " is a sub-resource locator with access rules that this runtime cannot check"
                + " before it runs; the request is refused");
      }
    }
  }

  private Method firstGuarded(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (!method.isBridge()
          && JaxRs.isLocator(type, method)
          && feature.locatorCheck(type, method) != null) {
        return method;
      }
    }
    return null;
  }
}
