package dev.gatehouse.runtime.apikey;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import dev.gatehouse.runtime.internal.HeaderValues;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates requests by an API key made with {@link ApiKeys#create}, sent in a header ({@value
 * #DEFAULT_HEADER} by default), with scope {@value #SCOPE}.
 *
 * <pre>{@code
 * AuthenticationFeature.builder()
 *     .backend(new JwtAuthBackend(config))
 *     .backend(new ApiKeyAuthBackend(hash -> keyStore.ownerOf(hash)))   // X-API-Key, prefix "key"
 *     .userLoader(UserLoader.byIdentity(Users::loadUser))
 *     .build();
 *
 * // another header and prefix, the realm of the configuration
 * ApiKeyAuthBackend.builder(keyStore::ownerOf)
 *     .header("X-Partner-Key").prefix("acme").realm(config.realm()).build();
 * }</pre>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>No such header: {@link AuthResult#none()}, so other backends may try.
 *   <li>Spaces and tabs around the value are not part of it (RFC 9110 section 5.5) and are
 *       removed, whether or not the server already did.
 *   <li>Invalid, {@link AuthResult#invalid()}, without a lookup: more than one such header; a value
 *       that is not exactly a key of the configured prefix ({@link ApiKeys}: length first, so an
 *       oversized value is refused before it is read, then prefix and separator, case-sensitive,
 *       then the base64url alphabet, then the checksum). An empty value, whitespace inside,
 *       {@code %}-escapes, non-ASCII characters, a truncated or extended key all fail here.
 *   <li>A well-formed key is {@linkplain ApiKeys#hash hashed}, and the hash, never the key, goes
 *       to the {@link ApiKeyResolver}. Empty answer (unknown or revoked key): {@link
 *       AuthResult#invalid()}, and the user loader is not called. An identity: {@link
 *       AuthResult#success} with it, scope {@value #SCOPE} and no claims. The resolver throwing,
 *       returning null or a blank identity fails the request ({@code 503}).
 *   <li>The key never appears in logs; rejection reasons are logged at {@code DEBUG} on {@code
 *       System.Logger} {@code dev.gatehouse.runtime.apikey.ApiKeyAuthBackend}.
 *   <li>{@link #challenge(boolean)}: {@code ApiKey realm="gatehouse", header="X-API-Key"}, plus
 *       {@code , error="invalid_key"} after a rejected key. {@code ApiKey} is not a registered HTTP
 *       authentication scheme (none exists for keys in a custom header); it is the scheme name
 *       Elasticsearch gives its API keys, and the {@code header} parameter tells a client where
 *       the key goes.
 * </ul>
 *
 * <p>Thread-safe; immutable.
 */
public final class ApiKeyAuthBackend implements AuthenticationBackend {

  /** The scope of this backend, as named in {@code @Auth("apikey")}. */
  public static final String SCOPE = "apikey";

  /** The default header: {@value}. */
  public static final String DEFAULT_HEADER = "X-API-Key";

  /** The authentication scheme named in the challenge: {@value}. */
  public static final String CHALLENGE_SCHEME = "ApiKey";

  private static final System.Logger LOG = System.getLogger(ApiKeyAuthBackend.class.getName());

  private final ApiKeyResolver resolver;
  private final String header;
  private final String prefix;
  private final String challenge;
  private final String invalidChallenge;

  /**
   * A backend with header {@value #DEFAULT_HEADER}, prefix {@value ApiKeys#DEFAULT_PREFIX} and
   * realm {@value GatehouseConfig#DEFAULT_REALM}.
   */
  public ApiKeyAuthBackend(ApiKeyResolver resolver) {
    this(builder(resolver));
  }

  private ApiKeyAuthBackend(Builder builder) {
    this.resolver = builder.resolver;
    this.header = builder.header;
    this.prefix = builder.prefix;
    this.challenge =
        CHALLENGE_SCHEME + " realm=\"" + builder.realm + "\", header=\"" + builder.header + "\"";
    this.invalidChallenge = challenge + ", error=\"invalid_key\"";
  }

  /** A builder for a backend that asks {@code resolver} who owns a key. */
  public static Builder builder(ApiKeyResolver resolver) {
    return new Builder(resolver);
  }

  /** Always {@value #SCOPE}. */
  @Override
  public String scope() {
    return SCOPE;
  }

  /** The header the key is read from. */
  public String header() {
    return header;
  }

  /** The prefix keys must carry, without the separator. */
  public String prefix() {
    return prefix;
  }

  /**
   * Reads the key from the header, checks its form, and asks the resolver who owns it.
   *
   * @throws Exception what the resolver throws; {@link IllegalStateException} when it answers null
   */
  @Override
  public AuthResult authenticate(ContainerRequestContext request) throws Exception {
    MultivaluedMap<String, String> headers = request.getHeaders();
    List<String> values = headers == null ? null : headers.get(header);
    if (values == null || values.isEmpty()) {
      return AuthResult.none();
    }
    if (values.size() > 1) {
      return invalid("more than one " + header + " header");
    }
    String key = withoutSurroundingWhitespace(values.get(0));
    String problem = ApiKeys.formatProblem(key, prefix);
    if (problem != null) {
      return invalid(problem);
    }
    Optional<String> identity = resolver.identityOf(ApiKeys.hash(key));
    if (identity == null) {
      throw new IllegalStateException(
          "the ApiKeyResolver returned null; return Optional.empty() for an unknown key");
    }
    if (identity.isEmpty()) {
      return invalid("unknown or revoked key");
    }
    return AuthResult.success(identity.get(), SCOPE, Map.of());
  }

  /**
   * The {@code WWW-Authenticate} challenge: {@code ApiKey realm="<realm>", header="<header>"},
   * with {@code , error="invalid_key"} when a key was rejected.
   */
  @Override
  public String challenge(boolean invalidCredentials) {
    return invalidCredentials ? invalidChallenge : challenge;
  }

  @Override
  public String toString() {
    return "ApiKeyAuthBackend[" + challenge + ", prefix=" + prefix + "]";
  }

  /**
   * The value without the spaces and tabs around it, which RFC 9110 section 5.5 says are not part
   * of a field value. Servers differ in how much of them they remove (Grizzly keeps a trailing
   * tab, Undertow and Jetty remove it), so the backend removes the rest itself and every runtime
   * gives the same answer. Whitespace inside the value is left for the form check to refuse.
   */
  private static String withoutSurroundingWhitespace(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isSpaceOrTab(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpaceOrTab(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  private static AuthResult invalid(String reason) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "API key rejected: {0}", reason);
    }
    return AuthResult.invalid();
  }

  /** Builds an {@link ApiKeyAuthBackend}; every setting has a default. */
  public static final class Builder {

    private final ApiKeyResolver resolver;
    private String header = DEFAULT_HEADER;
    private String prefix = ApiKeys.DEFAULT_PREFIX;
    private String realm = GatehouseConfig.DEFAULT_REALM;

    private Builder(ApiKeyResolver resolver) {
      this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The header that carries the key (default {@value #DEFAULT_HEADER}); an HTTP token, matched
     * case-insensitively as HTTP requires.
     *
     * @throws GatehouseConfigurationException when it is not an HTTP header name
     */
    public Builder header(String header) {
      Objects.requireNonNull(header, "header");
      if (header.isEmpty() || !header.chars().allMatch(Builder::isTokenChar)) {
        throw new GatehouseConfigurationException(
            "API key header \"" + header + "\" is not an HTTP header name (RFC 9110 token)");
      }
      this.header = header;
      return this;
    }

    /**
     * The prefix keys must carry (default {@value ApiKeys#DEFAULT_PREFIX}); the one given to
     * {@link ApiKeys#create(String)}.
     *
     * @throws GatehouseConfigurationException when {@link ApiKeys#create(String)} would refuse it
     */
    public Builder prefix(String prefix) {
      String problem = ApiKeys.prefixProblem(prefix);
      if (problem != null) {
        throw new GatehouseConfigurationException(problem);
      }
      this.prefix = prefix;
      return this;
    }

    /**
     * The realm of the challenge (default {@value GatehouseConfig#DEFAULT_REALM}); {@code
     * config.realm()} keeps it equal to the bearer challenge's.
     *
     * @throws GatehouseConfigurationException when it is not printable ASCII without {@code "}
     *     and {@code \}
     */
    public Builder realm(String realm) {
      Objects.requireNonNull(realm, "realm");
      if (!HeaderValues.isQuotable(realm)) {
        throw new GatehouseConfigurationException(
            "API key realm must be printable ASCII without '\"' or '\\' (it is sent quoted)");
      }
      this.realm = realm;
      return this;
    }

    /** The backend. */
    public ApiKeyAuthBackend build() {
      return new ApiKeyAuthBackend(this);
    }

    private static boolean isTokenChar(int c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
  }
}
