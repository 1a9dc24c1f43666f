package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.GatehouseDynamicFeature;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Registers Gatehouse with a Jakarta REST application in one line (the seed's {@code
 * AuthenticationMiddleware}).
 *
 * <pre>{@code
 * GatehouseConfig config = GatehouseConfig.fromEnvironment().build();
 *
 * resourceConfig.register(AuthenticationFeature.builder()       // Jersey; any Application works
 *     .backend(new JwtAuthBackend(config))
 *     .userLoader(UserLoader.fromClaims())
 *     .build());
 * }</pre>
 *
 * <p>When the application starts, the feature finds the filters that the Gatehouse processor
 * generated (through {@link java.util.ServiceLoader}) and binds each to its resource method;
 * every other resource method gets a filter that attaches the user when valid credentials are
 * present and never rejects. In each handler, {@code SecurityContext.getUserPrincipal()} is the
 * loaded {@link User}, {@code isUserInRole(p)} is {@code user.hasPermission(p)}, and {@code
 * getAuthenticationScheme()} is the scope of the backend that authenticated the request.
 *
 * <p>The application refuses to start (a {@link GatehouseConfigurationException} naming the
 * resource method and the missing piece) when a method has rules but no generated filter (the
 * processor did not run), when {@code @AuthBackends} names a backend class that is not configured,
 * or when an {@code @Auth} scope matches no backend that may authenticate there. {@link
 * Builder#build()} refuses a feature without backends or without a user loader.
 *
 * <p>Registration uses only the standard {@link Feature} and {@code DynamicFeature} contracts, so
 * it works with any Jakarta REST 3.1+ runtime, through {@code Application#getSingletons()} as well
 * as each runtime's own configuration object.
 */
public final class AuthenticationFeature implements Feature {

  private static final System.Logger LOG = System.getLogger(AuthenticationFeature.class.getName());

  private final List<AuthenticationBackend> backends;
  private final UserLoader userLoader;
  private final ClassLoader classLoader;

  private AuthenticationFeature(Builder builder) {
    this.backends = List.copyOf(builder.backends);
    this.userLoader = builder.userLoader;
    this.classLoader = builder.classLoader;
  }

  /** A builder; at least one backend and a user loader are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The configured backends, in the order they are tried where no {@code @AuthBackends} says. */
  public List<AuthenticationBackend> backends() {
    return backends;
  }

  @Override
  public boolean configure(FeatureContext context) {
    ClassLoader loader = classLoader;
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    if (loader == null) {
      loader = AuthenticationFeature.class.getClassLoader();
    }
    Configuration configuration = context.getConfiguration();
    // Only Jersey shows a feature the application's whole configuration (this feature among it).
    // RESTEasy shows only what was registered before this feature, CXF nothing at all: there a
    // check would refuse applications that are right, so a missing piece shows at the first
    // request instead (503, logged with its name).
    if (configuration.isRegistered(this)) {
      for (AuthenticationBackend backend : backends) {
        backend.checkConfiguration(configuration);
      }
    } else {
      LOG.log(
          Level.DEBUG,
          "this runtime does not show features the whole configuration of the application;"
              + " backend configuration checks wait for the first request");
    }
    GatehouseDynamicFeature feature = GatehouseDynamicFeature.create(backends, userLoader, loader);
    context.register(feature);
    // After the per-method filters: checks what a runtime did not offer to the dynamic feature.
    context.register(feature.unboundMethodGuard(), Priorities.AUTHENTICATION + 1);
    context.register(GatehouseDynamicFeature.misconfigurationMapper());
    feature.install(context);
    return true;
  }

  /** Builds an {@link AuthenticationFeature}. */
  public static final class Builder {

    private final List<AuthenticationBackend> backends = new ArrayList<>();
    private UserLoader userLoader;
    private ClassLoader classLoader;

    private Builder() {}

    /**
     * Adds a backend. Backends are tried in the order added, where no {@code @AuthBackends}
     * gives another order.
     */
    public Builder backend(AuthenticationBackend backend) {
      backends.add(Objects.requireNonNull(backend, "backend"));
      return this;
    }

    /** Adds several backends, in order. */
    public Builder backends(AuthenticationBackend... backends) {
      for (AuthenticationBackend backend : backends) {
        backend(backend);
      }
      return this;
    }

    /**
     * How authenticated identities become users: {@link UserLoader#fromClaims()}, {@link
     * UserLoader#byIdentity(IdentityLoader) UserLoader.byIdentity(Users::loadUser)}, or your own.
     */
    public Builder userLoader(UserLoader userLoader) {
      this.userLoader = Objects.requireNonNull(userLoader, "userLoader");
      return this;
    }

    /**
     * The class loader that sees the application's generated filters; by default the thread's
     * context class loader when the application starts.
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
      return this;
    }

    /**
     * The feature.
     *
     * @throws GatehouseConfigurationException without a backend or without a user loader, or with
     *     a backend whose scope is blank
     */
    public AuthenticationFeature build() {
      if (backends.isEmpty()) {
        throw new GatehouseConfigurationException(
            "AuthenticationFeature has no authentication backend; add one with"
                + " .backend(new JwtAuthBackend(config))");
      }
      if (userLoader == null) {
        throw new GatehouseConfigurationException(
            "AuthenticationFeature has no user loader; set one with .userLoader(...), for example"
                + " UserLoader.fromClaims() or UserLoader.byIdentity(Users::loadUser)");
      }
      for (AuthenticationBackend backend : backends) {
        String scope = backend.scope();
        if (scope == null || scope.isBlank()) {
          throw new GatehouseConfigurationException(
              "authentication backend " + backend.getClass().getName() + " has a blank scope");
        }
      }
      return new AuthenticationFeature(this);
    }
  }
}
