package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import dev.gatehouse.runtime.UserLoader;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
      List<AuthenticationBackend> backends, UserLoader userLoader, ClassLoader classLoader) {
    Bindings bindings = Bindings.load(classLoader);
    LOG.log(
        Level.INFO,
        "Gatehouse: " + bindings.size() + " generated method bindings, backends " + scopes(backends));
    GatehouseDynamicFeature feature =
        new GatehouseDynamicFeature(new Gate(backends, userLoader), bindings);
    feature.classLoader = classLoader;
    return feature;
  }

  private static List<String> scopes(List<AuthenticationBackend> backends) {
    return backends.stream().map(AuthenticationBackend::scope).toList();
  }

  /** The classes whose locators and sub-resources were checked, once each. */
  private final Set<Class<?>> prepared = ConcurrentHashMap.newKeySet();
  /**
   * The filter of each resource method, built once: shared by {@link #configure}, the deploy-time
   * walk of sub-resources and {@link UnboundMethodGuard}.
   */
  private final Map<Bindings.Key, ContainerRequestFilter> filters = new ConcurrentHashMap<>();
  /** The check of each sub-resource locator met so far; empty: the locator has no rule. */
  private final Map<Bindings.Key, Optional<ContainerRequestFilter>> locatorChecks =
      new ConcurrentHashMap<>();
  private volatile boolean locatorGuard;
  /** Jersey is the runtime, but gatehouse-jersey is not on the class path. */
  private volatile boolean jerseyWithoutGuard;

  private static final String JERSEY_GUARD = "dev.gatehouse.jersey.JerseyLocatorGuard";

  /** Where the generated indexes, and the Jersey locator guard, are looked up. */
  private ClassLoader classLoader = GatehouseDynamicFeature.class.getClassLoader();

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
    prepare(resourceClass);
    context.register(filterFor(resourceClass, method), Priorities.AUTHENTICATION);
  }

  /**
   * Installs the check that runs before sub-resource locators where the runtime offers a hook for
   * it (Jersey, with gatehouse-jersey). Elsewhere a locator with rules refuses to start when the
   * runtime shows its class at deploy time, and {@link UncheckedLocatorNet} refuses every request
   * through it otherwise. Then walks the registered root resources ({@link #prepare}).
   */
  public void install(FeatureContext context) {
    installLocatorGuard(context);
    if (!locatorGuard) {
      context.register(new UncheckedLocatorNet(this), Priorities.AUTHENTICATION - 1);
    }
    // Root resources that have only locators never reach configure(): walk them now.
    for (Class<?> type : context.getConfiguration().getClasses()) {
      prepareIfRoot(type);
    }
    for (Object instance : context.getConfiguration().getInstances()) {
      prepareIfRoot(instance.getClass());
    }
  }

  /** {@link #prepare}s a root resource class; used at deploy time for every class registered. */
  private void prepareIfRoot(Class<?> type) {
    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
      prepare(type);
    }
  }

  private void installLocatorGuard(FeatureContext context) {
    ClassLoader loader = classLoader;
    try {
      Class.forName("org.glassfish.jersey.server.monitoring.ApplicationEventListener", false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return;
    }
    Class<?> guardClass;
    try {
      guardClass = Class.forName(JERSEY_GUARD, true, loader);
    } catch (ClassNotFoundException e) {
      jerseyWithoutGuard = true;
      return;
    }
    try {
      // By name: the runtime links against no implementation.
      Object guard = guardClass.getConstructor(GatehouseDynamicFeature.class).newInstance(this);
      context.register(guard);
      locatorGuard = true;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot install the Jersey locator guard", e);
    }
  }

  /**
   * Checks, once per class and at deploy time for every class Jakarta REST shows us then, the
   * sub-resource locators of {@code type}: each one's check is built now (so a misconfigured one
   * refuses to start), a locator with rules but no generated check refuses to start, and the
   * sub-resource a locator's signature names is walked too, its methods' filters built now —
   * although Jersey builds a sub-resource's model only on the first request that reaches it.
   */
  private void prepare(Class<?> type) {
    if (!prepared.add(type)) {
      return;
    }
    for (Method method : type.getMethods()) {
      if (method.isBridge() || method.getDeclaringClass() == Object.class
          || !JaxRs.isLocator(type, method)) {
        continue;
      }
      if (locatorCheck(type, method) != null && !locatorGuard) {
        throw refuse(
            Names.method(type, method)
                + (jerseyWithoutGuard
                    ? " is a sub-resource locator with access rules, and Jersey checks locators"
                        + " only with dev.gatehouse:gatehouse-jersey: add that dependency"
                    : " is a sub-resource locator with access rules, but this Jakarta REST runtime"
                        + " offers no hook to check a locator before it runs (Gatehouse has one"
                        + " for Jersey): move the rules to the sub-resource's methods"));
      }
      Class<?> subResource = JaxRs.subResourceClass(method);
      if (subResource != null) {
        for (Method subMethod : subResource.getMethods()) {
          if (!subMethod.isBridge() && JaxRs.isResourceMethod(subResource, subMethod)) {
            filterFor(subResource, subMethod);
          }
        }
        prepare(subResource);
      }
    }
  }

  /**
   * The check of sub-resource locator {@code method} of {@code resourceClass}, built once; null
   * when the locator has no rule.
   *
   * @throws GatehouseConfigurationException when the locator has rules but no generated check,
   *     or its rules cannot be met by the configuration
   */
  public ContainerRequestFilter locatorCheck(Class<?> resourceClass, Method method) {
    return locatorChecks
        .computeIfAbsent(
            Bindings.Key.of(resourceClass, method),
            key -> Optional.ofNullable(buildLocatorCheck(resourceClass, method)))
        .orElse(null);
  }

  private ContainerRequestFilter buildLocatorCheck(Class<?> resourceClass, Method method) {
    Bindings.Binding binding = bindings.findLocator(resourceClass, method);
    if (binding == null) {
      checkUnbound(resourceClass, method);
      return null;
    }
    return binding.isPublic() ? null : create(binding, resourceClass, method);
  }

  private ContainerRequestFilter create(
      Bindings.Binding binding, Class<?> resourceClass, Method method) {
    try {
      return binding.index().create(binding.filter(), gate);
    } catch (GatehouseConfigurationException e) {
      throw refuse(Names.method(resourceClass, method) + ": " + e.getMessage());
    }
  }

  /** A method without a generated binding must have no rules: else refuse, naming the cause. */
  private void checkUnbound(Class<?> resourceClass, Method method) {
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
  }

  /** The filter that guards {@code resourceClass}'s resource {@code method}, built once. */
  ContainerRequestFilter filterFor(Class<?> resourceClass, Method method) {
    return filters.computeIfAbsent(
        Bindings.Key.of(resourceClass, method), key -> buildFilter(resourceClass, method));
  }

  private ContainerRequestFilter buildFilter(Class<?> resourceClass, Method method) {
    Bindings.Binding binding = bindings.find(resourceClass, method);
    if (binding == null) {
      checkUnbound(resourceClass, method);
      return publicFilter;
    }
    return binding.isPublic() ? publicFilter : create(binding, resourceClass, method);
  }

  private static GatehouseConfigurationException refuse(String message) {
    // At deploy time this stops the application; for a sub-resource a runtime first shows at
    // request time, it refuses that request (MisconfigurationMapper).
    LOG.log(Level.ERROR, "Gatehouse misconfiguration: " + message);
    return new GatehouseConfigurationException(message);
  }
}
