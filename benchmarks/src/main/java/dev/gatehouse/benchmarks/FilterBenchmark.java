package dev.gatehouse.benchmarks;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.internal.GatehouseDynamicFeature;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
 * The full filter path of one request, driven without a server: a fresh request object, every
 * filter the set-up registers for the method, in priority order. Four cases for each contender:
 *
 * <ul>
 *   <li>{@code allowedRepeated}: the same valid token on every request (a client reusing its
 *       access token);
 *   <li>{@code allowedFresh}: a different valid token on every request ({@value #FRESH_TOKENS}
 *       distinct tokens, cycled);
 *   <li>{@code noCredentials}: no {@code Authorization} header (401; Jersey's {@code
 *       RolesAllowedDynamicFeature} answers 403);
 *   <li>{@code forbidden}: a valid token without the required permission (403).
 * </ul>
 *
 * <p>Contenders: {@code gatehouse} (the generated filter of {@link BenchResource}, deployed by
 * {@link GatehouseDynamicFeature}); {@code reflective} ({@link ReflectiveJwtFilter}); {@code
 * jersey} ({@link NimbusBearerFilter} then the filter {@link RolesAllowedDynamicFeature} registers
 * for {@link JerseyResource}). {@link Floor} holds the HMAC floor. The set-up checks that each
 * contender answers each case with the expected status before anything is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FilterBenchmark {

  /** Distinct tokens of the {@code allowedFresh} case; far more than any cache holds. */
  static final int FRESH_TOKENS = 1 << 16;

  @Param({"gatehouse", "reflective", "jersey"})
  public String contender;

  private ContainerRequestFilter[] allowed;
  private ContainerRequestFilter[] forbidden;
  private String token;
  private String[] freshTokens;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    token = Fixture.token();
    freshTokens = Fixture.tokens(FRESH_TOKENS);
    switch (contender) {
      case "gatehouse" -> {
        DynamicFeature feature =
            GatehouseDynamicFeature.create(
                List.of(new JwtAuthBackend(Fixture.CONFIG)),
                UserLoader.fromClaims(),
                FilterBenchmark.class.getClassLoader());
        allowed = chain(Deployment.filters(feature, BenchResource.class, "read"));
        forbidden = chain(Deployment.filters(feature, BenchResource.class, "admin"));
      }
      case "reflective" -> {
        allowed = reflective("read");
        forbidden = reflective("admin");
      }
      case "jersey" -> {
        NimbusBearerFilter bearer = new NimbusBearerFilter(Fixture.SECRET);
        DynamicFeature roles = new RolesAllowedDynamicFeature();
        allowed = jersey(bearer, Deployment.filters(roles, JerseyResource.class, "read"));
        forbidden = jersey(bearer, Deployment.filters(roles, JerseyResource.class, "admin"));
      }
      default -> throw new IllegalArgumentException(contender);
    }
    expect(200, allowedRepeated());
    expect(200, allowedFresh());
    expect(contender.equals("jersey") ? 403 : 401, noCredentials());
    expect(403, forbidden());
    expect(401, run(allowed, BenchRequest.bearer(token + "x")));
  }

  private static ContainerRequestFilter[] chain(List<ContainerRequestFilter> filters) {
    return filters.toArray(ContainerRequestFilter[]::new);
  }

  private static ContainerRequestFilter[] reflective(String methodName) {
    try {
      return new ContainerRequestFilter[] {
        new ReflectiveJwtFilter(
            Deployment.resourceInfo(BenchResource.class, BenchResource.class.getMethod(methodName)),
            Fixture.SECRET)
      };
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ContainerRequestFilter[] jersey(
      NimbusBearerFilter bearer, List<ContainerRequestFilter> roles) {
    List<ContainerRequestFilter> chain = new ArrayList<>();
    chain.add(bearer);
    chain.addAll(roles);
    return chain(chain);
  }

  private void expect(int status, int actual) {
    if (status != actual) {
      throw new IllegalStateException(contender + ": expected " + status + ", got " + actual);
    }
  }

  /** Runs the chain as a runtime does: stop at the first abort, exceptions become their status. */
  static int run(ContainerRequestFilter[] chain, BenchRequest request) {
    try {
      for (ContainerRequestFilter filter : chain) {
        filter.filter(request);
        if (request.status() != 200) {
          break;
        }
      }
    } catch (WebApplicationException e) {
      return e.getResponse().getStatus();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return request.status();
  }

  @Benchmark
  public int allowedRepeated() {
    return run(allowed, BenchRequest.bearer(token));
  }

  @Benchmark
  public int allowedFresh() {
    String fresh = freshTokens[next];
    next = (next + 1) & (FRESH_TOKENS - 1);
    return run(allowed, BenchRequest.bearer(fresh));
  }

  @Benchmark
  public int noCredentials() {
    return run(allowed, new BenchRequest());
  }

  @Benchmark
  public int forbidden() {
    return run(forbidden, BenchRequest.bearer(token));
  }

  /** What the contenders are measured against: the cryptography alone. */
  @State(Scope.Thread)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public static class Floor {

    private Mac mac;
    private byte[] signingInput;
    private DefaultJWTProcessor<SecurityContext> processor;
    private String[] freshTokens;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      String token = Fixture.token();
      signingInput =
          token.substring(0, token.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Fixture.SECRET, "HmacSHA256"));
      processor = ReflectiveJwtFilter.processor(Fixture.SECRET);
      freshTokens = Fixture.tokens(FRESH_TOKENS);
    }

    /** HMAC-SHA256 over the signing input of a benchmark token with a ready {@code Mac}. */
    @Benchmark
    public byte[] hmac() {
      return mac.doFinal(signingInput);
    }

    /** Nimbus's {@code DefaultJWTProcessor.process} alone, a different token each call. */
    @Benchmark
    public Object nimbusProcessorFresh() throws Exception {
      String fresh = freshTokens[next];
      next = (next + 1) & (FRESH_TOKENS - 1);
      return processor.process(fresh, null);
    }
  }
}
