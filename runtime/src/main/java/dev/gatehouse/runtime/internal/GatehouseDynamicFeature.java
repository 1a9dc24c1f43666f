package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.GatehouseConfigurationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;

/**
 * Binds, at deploy time, the generated filter of each resource method (or the public filter), and
 * refuses to start when a method has rules but no generated filter, or when its rules cannot be
 * met by the configuration.
 */
public final class GatehouseDynamicFeature implements DynamicFeature {

  private static final System.Logger LOG = System.getLogger("dev.gatehouse");

  private final Gate gate;
  private final Bindings bindings;
  private final PublicFilter publicFilter;

  /**
   * The feature for these backends and user loader, with every generated index that {@code
   * classLoader} can see.
   */
  public static GatehouseDynamicFeature create(
      java.util.List<dev.gatehouse.runtime.AuthenticationBackend> backends,
      dev.gatehouse.runtime.UserLoader userLoader,
      ClassLoader classLoader) {
    Bindings bindings = Bindings.load(classLoader);
    LOG.log(
        Level.INFO,
        "Gatehouse: " + bindings.size() + " generated method bindings, backends " + scopes(backends));
    return new GatehouseDynamicFeature(new Gate(backends, userLoader), bindings);
  }

  private static java.util.List<String> scopes(
      java.util.List<dev.gatehouse.runtime.AuthenticationBackend> backends) {
    return backends.stream().map(dev.gatehouse.runtime.AuthenticationBackend::scope).toList();
  }

  GatehouseDynamicFeature(Gate gate, Bindings bindings) {
    this.gate = gate;
    this.bindings = bindings;
    this.publicFilter = new PublicFilter(gate);
  }

  /**
   * The global filter that checks, with this feature's filters, a resource method the runtime did
   * not offer to {@link #configure}; to be registered at priority {@code AUTHENTICATION + 1}.
   */
  public ContainerRequestFilter unboundMethodGuard() {
    return new UnboundMethodGuard(this);
  }

  /** Answers a misconfiguration found while serving a request with a bare 500. */
  public static ExceptionMapper<GatehouseConfigurationException> misconfigurationMapper() {
    return new MisconfigurationMapper();
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return;
    }
    context.register(filterFor(resourceClass, method), Priorities.AUTHENTICATION);
  }

  /** The filter that guards {@code resourceClass}'s resource {@code method}. */
  ContainerRequestFilter filterFor(Class<?> resourceClass, Method method) {
    Bindings.Binding binding = bindings.find(resourceClass, method);
    if (binding == null) {
      if (bindings.governs(resourceClass)) {
        throw refuse(
            Names.method(resourceClass, method)
                + " has no generated Gatehouse filter although other methods of its class do:"
                + " the generated code is stale; rebuild the application");
      }
      if (RuleScanner.hasRules(resourceClass, method)) {
        throw refuse(
            Names.method(resourceClass, method)
                + " has access rules but no generated Gatehouse filter: add"
                + " dev.gatehouse:gatehouse-processor to the annotation processor path of the"
                + " module that compiles "
                + resourceClass.getSimpleName());
      }
      return publicFilter;
    }
    if (binding.factory() == null) {
      return publicFilter;
    }
    try {
      return binding.factory().create(gate);
    } catch (GatehouseConfigurationException e) {
      throw refuse(Names.method(resourceClass, method) + ": " + e.getMessage());
    }
  }

  private static GatehouseConfigurationException refuse(String message) {
    LOG.log(Level.ERROR, "Gatehouse refuses to start: " + message);
    return new GatehouseConfigurationException(message);
  }
}
