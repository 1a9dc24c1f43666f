package dev.gatehouse.benchmarks;

import dev.gatehouse.runtime.SimpleUser;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.apikey.ApiKeyAuthBackend;
import dev.gatehouse.runtime.apikey.ApiKeys;
import dev.gatehouse.runtime.apikey.NewApiKey;
import dev.gatehouse.runtime.internal.GatehouseDynamicFeature;
import dev.gatehouse.runtime.session.Session;
import dev.gatehouse.runtime.session.SessionAuthBackend;
import dev.gatehouse.runtime.session.SessionFeature;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link FilterBenchmark}'s full filter path for the other two built-in backends: a request with
 * an API key ({@code X-API-Key}) and a request with a session cookie (the in-memory store, the
 * default), each allowed and forbidden (403: the user lacks the permission).
 *
 * <p>Contenders: {@code gatehouse} ({@link ApiKeyAuthBackend}, or {@link SessionFeature}'s filter
 * then {@link SessionAuthBackend}, and the generated filters of {@link BackendResource}); {@code
 * reflective} ({@link HandWrittenAuth.Reflective}: the rules read by reflection per request, the
 * key hashed with a new {@code MessageDigest}, sessions in a {@code ConcurrentHashMap}); {@code
 * jersey} ({@link HandWrittenAuth.ForRoles} then {@link RolesAllowedDynamicFeature}'s filter for
 * {@link JerseyResource}). Every contender loads the same user from a map. {@link Floor} holds
 * what no implementation can skip: SHA-256 of the key with a ready {@code MessageDigest}, and the
 * session's lookup in a map. The set-up checks each contender's answers before anything is
 * measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BackendBenchmark {

  /** The benchmark user's permissions: {@code articles:read}, not {@code admin}. */
  static final Map<String, Set<String>> PERMISSIONS =
      Map.of("alice", Set.of("articles:read", "articles:write"));

  @Param({"gatehouse", "reflective", "jersey"})
  public String contender;

  private ContainerRequestFilter[] keyAllowed;
  private ContainerRequestFilter[] keyForbidden;
  private ContainerRequestFilter[] sessionAllowed;
  private ContainerRequestFilter[] sessionForbidden;
  private String apiKey;
  /** The {@code Cookie} header of a logged-in session. */
  private String sessionCookie;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    NewApiKey key = ApiKeys.create("key");
    apiKey = key.key();
    Map<String, String> identityByHash = Map.of(key.hash(), "alice");
    switch (contender) {
      case "gatehouse" -> gatehouse(identityByHash);
      case "reflective", "jersey" -> {
        String id = randomId();
        sessionCookie = "session=" + id;
        Map<String, String> sessions = new ConcurrentHashMap<>(Map.of(id, "alice"));
        HandWrittenAuth.Credentials keys = HandWrittenAuth.apiKey(identityByHash);
        HandWrittenAuth.Credentials cookies = HandWrittenAuth.sessionCookie(sessions);
        keyAllowed = handWritten(keys, "keyRead", "read");
        keyForbidden = handWritten(keys, "keyAdmin", "admin");
        sessionAllowed = handWritten(cookies, "sessionRead", "read");
        sessionForbidden = handWritten(cookies, "sessionAdmin", "admin");
      }
      default -> throw new IllegalArgumentException(contender);
    }
    int anonymous = contender.equals("jersey") ? 403 : 401;
    expect(200, keyAllowed());
    expect(403, keyForbidden());
    expect(anonymous, FilterBenchmark.run(keyAllowed, new BenchRequest()));
    expect(anonymous, FilterBenchmark.run(keyAllowed, keyRequest(ApiKeys.create("key").key())));
    expect(200, sessionAllowed());
    expect(403, sessionForbidden());
    expect(anonymous, FilterBenchmark.run(sessionAllowed, new BenchRequest()));
    expect(anonymous, FilterBenchmark.run(sessionAllowed, cookieRequest(sessionCookie + "x")));
  }

  private void gatehouse(Map<String, String> identityByHash) throws Exception {
    UserLoader users =
        UserLoader.byIdentity(
            id -> PERMISSIONS.containsKey(id) ? new SimpleUser(id, PERMISSIONS.get(id)) : null);
    ClassLoader loader = BackendBenchmark.class.getClassLoader();
    DynamicFeature keys =
        GatehouseDynamicFeature.create(
            List.of(new ApiKeyAuthBackend(hash -> Optional.ofNullable(identityByHash.get(hash)))),
            users,
            loader);
    keyAllowed = chain(List.of(), keys, "keyRead");
    keyForbidden = chain(List.of(), keys, "keyAdmin");

    SessionFeature sessionFeature = SessionFeature.builder().secureCookie(false).build();
    List<ContainerRequestFilter> sessionFilter = Deployment.filters(sessionFeature);
    DynamicFeature sessions =
        GatehouseDynamicFeature.create(List.of(new SessionAuthBackend()), users, loader);
    sessionAllowed = chain(sessionFilter, sessions, "sessionRead");
    sessionForbidden = chain(sessionFilter, sessions, "sessionAdmin");
    sessionCookie = login(sessionFilter.get(0), new SimpleUser("alice", PERMISSIONS.get("alice")));
  }

  private static ContainerRequestFilter[] chain(
      List<ContainerRequestFilter> before, DynamicFeature feature, String method) {
    List<ContainerRequestFilter> chain = new ArrayList<>(before);
    chain.addAll(Deployment.filters(feature, BackendResource.class, method));
    return chain.toArray(ContainerRequestFilter[]::new);
  }

  /** Logs in through the session filter, as a login handler would; the session's cookie. */
  private static String login(ContainerRequestFilter sessionFilter, SimpleUser user)
      throws Exception {
    BenchRequest request = new BenchRequest();
    sessionFilter.filter(request);
    Session.login(request, user);
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    ContainerResponseContext response =
        (ContainerResponseContext)
            Proxy.newProxyInstance(
                BackendBenchmark.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getHeaders")) {
                    return headers;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    ((ContainerResponseFilter) sessionFilter).filter(request, response);
    String setCookie = String.valueOf(headers.getFirst(HttpHeaders.SET_COOKIE));
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  /**
   * The hand-written chain of a contender: {@code gatehouseMethod} of {@link BackendResource} for
   * the reflective filter, which reads its rules; {@code jerseyMethod} of {@link JerseyResource}
   * for {@code RolesAllowedDynamicFeature}.
   */
  private ContainerRequestFilter[] handWritten(
      HandWrittenAuth.Credentials credentials, String gatehouseMethod, String jerseyMethod) {
    List<ContainerRequestFilter> chain = new ArrayList<>();
    if (contender.equals("reflective")) {
      try {
        chain.add(
            new HandWrittenAuth.Reflective(
                Deployment.resourceInfo(
                    BackendResource.class, BackendResource.class.getMethod(gatehouseMethod)),
                credentials,
                PERMISSIONS));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    } else {
      chain.add(new HandWrittenAuth.ForRoles(credentials, PERMISSIONS));
      chain.addAll(
          Deployment.filters(new RolesAllowedDynamicFeature(), JerseyResource.class, jerseyMethod));
    }
    return chain.toArray(ContainerRequestFilter[]::new);
  }

  private static String randomId() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void expect(int status, int actual) {
    if (status != actual) {
      throw new IllegalStateException(contender + ": expected " + status + ", got " + actual);
    }
  }

  private static BenchRequest keyRequest(String key) {
    return BenchRequest.withHeader(ApiKeyAuthBackend.DEFAULT_HEADER, key);
  }

  private static BenchRequest cookieRequest(String cookie) {
    return BenchRequest.withHeader(HttpHeaders.COOKIE, cookie);
  }

  @Benchmark
  public int keyAllowed() {
    return FilterBenchmark.run(keyAllowed, keyRequest(apiKey));
  }

  @Benchmark
  public int keyForbidden() {
    return FilterBenchmark.run(keyForbidden, keyRequest(apiKey));
  }

  @Benchmark
  public int sessionAllowed() {
    return FilterBenchmark.run(sessionAllowed, cookieRequest(sessionCookie));
  }

  @Benchmark
  public int sessionForbidden() {
    return FilterBenchmark.run(sessionForbidden, cookieRequest(sessionCookie));
  }

  /** What the contenders are measured against: the one step no implementation can skip. */
  @State(Scope.Thread)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public static class Floor {

    private MessageDigest sha256;
    private byte[] key;
    private Map<String, String> sessions;
    private String id;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      sha256 = MessageDigest.getInstance("SHA-256");
      key = ApiKeys.create("key").key().getBytes(StandardCharsets.US_ASCII);
      id = randomId();
      sessions = new ConcurrentHashMap<>(Map.of(id, "alice"));
    }

    /** SHA-256 of an API key with a ready {@code MessageDigest}. */
    @Benchmark
    public byte[] sha256() {
      return sha256.digest(key);
    }

    /** A session id's lookup in a {@code ConcurrentHashMap}. */
    @Benchmark
    public String sessionLookup() {
      return sessions.get(id);
    }
  }
}
