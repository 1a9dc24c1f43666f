package dev.gatehouse.runtime.session;

import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Sessions for a Jakarta REST application (the seed's {@code SessionMiddleware}), registered in one
 * line beside the {@code AuthenticationFeature}:
 *
 * <pre>{@code
 * resourceConfig.register(SessionFeature.builder()
 *     .store(SessionStore.inMemory())            // the default; or SessionStore.signedCookie(config)
 *     .build());
 * resourceConfig.register(AuthenticationFeature.builder()
 *     .backend(new SessionAuthBackend())
 *     .backend(new JwtAuthBackend(config))
 *     .userLoader(UserLoader.byIdentity(Users::loadUser))
 *     .build());
 * }</pre>
 *
 * <p>A pre-matching request filter loads the {@link Session} from its cookie before any
 * authentication filter runs (Gatehouse's filters run after matching), and a response filter writes
 * it back, or expires the cookie, when the response leaves.
 *
 * <h2>The cookie</h2>
 *
 * <p>Named {@value #DEFAULT_COOKIE_NAME} unless {@link Builder#cookieName} says otherwise, with
 * {@code Path=/; HttpOnly; Secure; SameSite=Lax} and no {@code Max-Age} (the browser drops it when
 * it closes; the server enforces the timeouts whatever the browser keeps). {@link
 * Builder#secureCookie(boolean) secureCookie(false)} drops {@code Secure} for development over
 * plain http (a browser does not send a {@code Secure} cookie to {@code http://localhost} in every
 * version); never in production. The responses that set or expire the cookie carry {@code
 * Cache-Control: no-store} unless they say otherwise. In production prefer the name {@code
 * __Host-session}: browsers then refuse the cookie from anything but this host over https, so a
 * sibling subdomain cannot plant one.
 *
 * <h2>Cross-site requests</h2>
 *
 * <p>State-changing requests authenticated by the session are checked by the {@link
 * SessionAuthBackend}, with the header name, allowed origins and token requirement set here; see
 * there.
 */
public final class SessionFeature implements Feature {

  /** The default cookie name. */
  public static final String DEFAULT_COOKIE_NAME = "gatehouse_session";

  /** The default header that carries the cross-site request token. */
  public static final String DEFAULT_CSRF_HEADER = "X-CSRF-Token";

  /** The {@code SameSite} attribute of the cookie. */
  public enum SameSite {
    /** Sent on top-level navigations from other sites, not on their sub-requests or POSTs. */
    LAX("Lax"),
    /** Never sent on requests started by another site. */
    STRICT("Strict");

    private final String attribute;

    SameSite(String attribute) {
      this.attribute = attribute;
    }
  }

  private final SessionStore store;
  private final String cookieName;
  private final String attributes;
  private final CrossSiteCheck crossSiteCheck;

  private SessionFeature(Builder b) {
    this.store = b.store;
    this.cookieName = b.cookieName;
    this.attributes =
        "; Path=/; HttpOnly" + (b.secure ? "; Secure" : "") + "; SameSite=" + b.sameSite.attribute;
    this.crossSiteCheck =
        new CrossSiteCheck(b.csrfHeader, Set.copyOf(b.allowedOrigins), b.requireCsrfToken);
  }

  /** A builder: the in-memory store, the default cookie, {@code Secure} on. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder from the environment and system properties (system properties win), for deployments;
   * timeouts and origins are set in code on the result:
   *
   * <table>
   *   <caption>Settings read</caption>
   *   <tr><th>environment variable</th><th>system property</th><th>value</th></tr>
   *   <tr><td>{@code GATEHOUSE_SESSION_STORE}</td><td>{@code gatehouse.session.store}</td>
   *       <td>{@code memory} (default) or {@code cookie} (keyed by {@code config}'s secret)</td></tr>
   *   <tr><td>{@code GATEHOUSE_SESSION_COOKIE_NAME}</td><td>{@code gatehouse.session.cookie-name}</td>
   *       <td>the cookie's name</td></tr>
   *   <tr><td>{@code GATEHOUSE_SESSION_COOKIE_SECURE}</td>
   *       <td>{@code gatehouse.session.cookie-secure}</td><td>{@code true} (default) or {@code false}</td></tr>
   * </table>
   *
   * <p>The store's clock is {@code config}'s.
   *
   * @throws GatehouseConfigurationException naming the variable or property with a bad value
   */
  public static Builder fromEnvironment(GatehouseConfig config) {
    return from(System.getenv(), System.getProperties(), config);
  }

  /** Like {@link #fromEnvironment}, from the given maps. */
  public static Builder from(
      Map<String, String> env, Properties systemProperties, GatehouseConfig config) {
    Builder builder = builder();
    SessionStore.Builder store = SessionStore.builder().clock(config.clock());
    String kind =
        setting(env, systemProperties, "GATEHOUSE_SESSION_STORE", "gatehouse.session.store");
    if (kind == null || kind.equals("memory")) {
      builder.store(store.buildInMemory());
    } else if (kind.equals("cookie")) {
      builder.store(store.buildSignedCookie(config));
    } else {
      throw new GatehouseConfigurationException(
          "GATEHOUSE_SESSION_STORE / gatehouse.session.store is \""
              + kind
              + "\"; use memory or cookie");
    }
    String name =
        setting(
            env,
            systemProperties,
            "GATEHOUSE_SESSION_COOKIE_NAME",
            "gatehouse.session.cookie-name");
    if (name != null) {
      try {
        builder.cookieName(name);
      } catch (IllegalArgumentException e) {
        throw new GatehouseConfigurationException(
            "GATEHOUSE_SESSION_COOKIE_NAME: " + e.getMessage(), e);
      }
    }
    String secure =
        setting(
            env,
            systemProperties,
            "GATEHOUSE_SESSION_COOKIE_SECURE",
            "gatehouse.session.cookie-secure");
    if (secure != null) {
      if (!secure.equals("true") && !secure.equals("false")) {
        throw new GatehouseConfigurationException(
            "GATEHOUSE_SESSION_COOKIE_SECURE / gatehouse.session.cookie-secure is \""
                + secure
                + "\"; use true or false");
      }
      builder.secureCookie(Boolean.parseBoolean(secure));
    }
    return builder;
  }

  private static String setting(
      Map<String, String> env, Properties properties, String variable, String property) {
    String value = properties.getProperty(property);
    String source = property;
    if (value == null) {
      value = env.get(variable);
      source = variable;
    }
    if (value != null && value.isBlank()) {
      throw new GatehouseConfigurationException(
          source + " is set but blank; unset it or give it a value");
    }
    return value == null ? null : value.trim();
  }

  @Override
  public boolean configure(FeatureContext context) {
    // Pre-matching: before every post-matching filter, whatever its priority; the priority orders
    // it among other pre-matching filters that authenticate.
    context.register(new SessionFilter(this), Priorities.AUTHENTICATION - 100);
    return true;
  }

  SessionStore store() {
    return store;
  }

  String cookieName() {
    return cookieName;
  }

  CrossSiteCheck crossSiteCheck() {
    return crossSiteCheck;
  }

  String cookie(String value) {
    return cookieName + "=" + value + attributes;
  }

  String expiredCookie() {
    return cookieName + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" + attributes;
  }

  /** Builds a {@link SessionFeature}. */
  public static final class Builder {

    private SessionStore store;
    private String cookieName = DEFAULT_COOKIE_NAME;
    private boolean secure = true;
    private SameSite sameSite = SameSite.LAX;
    private String csrfHeader = DEFAULT_CSRF_HEADER;
    private final Set<String> allowedOrigins = new LinkedHashSet<>();
    private boolean requireCsrfToken;

    private Builder() {}

    /** Where sessions live; {@link SessionStore#inMemory()} by default. */
    public Builder store(SessionStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The cookie's name (an RFC 6265 token); {@value #DEFAULT_COOKIE_NAME} by default. */
    public Builder cookieName(String cookieName) {
      Objects.requireNonNull(cookieName, "cookieName");
      if (cookieName.isEmpty() || !cookieName.chars().allMatch(Builder::isTokenChar)) {
        throw new IllegalArgumentException(
            "cookieName \""
                + cookieName
                + "\" is not a cookie name (letters, digits, !#$%&'*+-.^_`|~)");
      }
      this.cookieName = cookieName;
      return this;
    }

    /**
     * Whether the cookie carries {@code Secure} (default true). Turn it off only for development
     * over plain http.
     */
    public Builder secureCookie(boolean secure) {
      this.secure = secure;
      return this;
    }

    /** The cookie's {@code SameSite}: {@link SameSite#LAX} (default) or {@link SameSite#STRICT}. */
    public Builder sameSite(SameSite sameSite) {
      this.sameSite = Objects.requireNonNull(sameSite, "sameSite");
      return this;
    }

    /**
     * The header that carries the cross-site request token; {@value #DEFAULT_CSRF_HEADER} by
     * default.
     */
    public Builder csrfHeader(String csrfHeader) {
      Objects.requireNonNull(csrfHeader, "csrfHeader");
      if (csrfHeader.isBlank()) {
        throw new IllegalArgumentException("csrfHeader must not be blank");
      }
      this.csrfHeader = csrfHeader;
      return this;
    }

    /**
     * Origins besides the application's own ({@code https://app.example.com}) whose pages may send
     * state-changing requests with the session; needed behind a proxy that changes the scheme, host
     * or port the application sees.
     */
    public Builder allowedOrigins(String... origins) {
      for (String origin : origins) {
        String normalized = CrossSiteCheck.normalize(Objects.requireNonNull(origin, "origin"));
        if (normalized == null) {
          throw new IllegalArgumentException(
              "\"" + origin + "\" is not an origin (scheme://host[:port], http or https)");
        }
        allowedOrigins.add(normalized);
      }
      return this;
    }

    /**
     * Whether state-changing requests authenticated by the session must carry the token even when
     * the browser says they are same-origin (default false: a same-origin {@code Origin} or {@code
     * Sec-Fetch-Site} suffices).
     */
    public Builder requireCsrfToken(boolean requireCsrfToken) {
      this.requireCsrfToken = requireCsrfToken;
      return this;
    }

    /**
     * The feature.
     *
     * @throws GatehouseConfigurationException when a {@code __Host-} or {@code __Secure-} cookie
     *     name is used without {@code Secure}
     */
    public SessionFeature build() {
      if (store == null) {
        store = SessionStore.inMemory();
      }
      String lower = cookieName.toLowerCase(Locale.ROOT);
      if (!secure && (lower.startsWith("__host-") || lower.startsWith("__secure-"))) {
        throw new GatehouseConfigurationException(
            "the session cookie \""
                + cookieName
                + "\" needs Secure (browsers drop it otherwise);"
                + " keep secureCookie(true) or choose another name");
      }
      return new SessionFeature(this);
    }

    private static boolean isTokenChar(int c) {
      return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }
  }
}
