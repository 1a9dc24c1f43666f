package dev.gatehouse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import dev.gatehouse.runtime.jwt.TokenIssuer;
import dev.gatehouse.testkit.resources.JwtResource;
import dev.gatehouse.testkit.resources.SemanticsResource;
import dev.gatehouse.testkit.support.HeaderBackend;
import dev.gatehouse.testkit.support.ProbeReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real JWT backend: tokens from {@link TokenIssuer}, users from {@link UserLoader#fromClaims()},
 * backends {@code jwt}, {@code header}, {@code other}.
 */
public abstract class JwtCases extends KitCase {

  static final String SECRET = "kit-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
  static final String BEARER = "Bearer realm=\"gatehouse\"";
  static final String BEARER_INVALID = "Bearer realm=\"gatehouse\", error=\"invalid_token\"";

  static final GatehouseConfig CONFIG = GatehouseConfig.builder().secretKey(SECRET).build();
  static final TokenIssuer ISSUER = new TokenIssuer(CONFIG);

  @Override
  protected TestApplication application() {
    AuthenticationFeature feature =
        AuthenticationFeature.builder()
            .backend(new JwtAuthBackend(CONFIG))
            .backend(HeaderBackend.HEADER)
            .backend(HeaderBackend.OTHER)
            .userLoader(UserLoader.fromClaims())
            .build();
    return new TestApplication(
        List.of(JwtResource.class, SemanticsResource.class, ProbeReader.class), List.of(feature));
  }

  static String token(String subject, String... permissions) {
    return ISSUER.issue(
        Map.of("sub", subject, "permissions", List.of(permissions)), Duration.ofMinutes(5));
  }

  @Test
  void validTokenAuthenticatesWithTheJwtScope() {
    http.get("/jwt").bearer(token("alice")).send().assertOk("jwt user=SimpleUser:alice scheme=jwt");
    http.get("/s/protected").bearer(token("alice")).send()
        .assertOk("protected user=SimpleUser:alice scheme=jwt");
    http.get("/s/public").bearer(token("alice", "read")).send()
        .assertOk("public user=SimpleUser:alice scheme=jwt read=true");
  }

  @Test
  void permissionsComeFromTheClaim() {
    http.get("/jwt/admin").bearer(token("alice", "admin", "audit")).send()
        .assertOk("admin user=SimpleUser:alice scheme=jwt");
    http.get("/jwt/admin").bearer(token("alice", "admin")).send().assertForbidden();
    assertEquals(1, invocations());
  }

  @Test
  void noTokenIs401WithTheBearerChallenge() {
    http.get("/jwt").send().assertUnauthorized(BEARER);
    http.get("/s/protected").send().assertUnauthorized(BEARER, HEADER, OTHER);
    assertNotRun();
  }

  @Test
  void userOfAnotherScopeOnAJwtOnlyEndpointIs401() {
    http.get("/jwt/admin").as("alice", "admin", "audit").send().assertUnauthorized(BEARER);
    assertNotRun();
  }

  @Test
  void invalidTokensAre401WithInvalidToken() {
    String valid = token("alice", "admin", "audit");
    String[] parts = valid.split("\\.");
    String otherKey =
        new TokenIssuer(GatehouseConfig.builder().secretKey(SECRET + "-other").build())
            .issue(Map.of("sub", "alice"), Duration.ofMinutes(5));
    String tampered = parts[0] + "." + b64("{\"sub\":\"root\",\"exp\":9999999999}") + "." + parts[2];
    String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    String expired =
        new TokenIssuer(GatehouseConfig.builder().secretKey(SECRET).clock(anHourAgo).build())
            .issue(Map.of("sub", "alice"), Duration.ofMinutes(1));
    for (String bad : List.of(otherKey, tampered, unsigned, expired, "garbage", valid + "x")) {
      http.get("/jwt/admin").bearer(bad).send().assertUnauthorized(BEARER_INVALID);
      http.get("/s/protected").bearer(bad).send().assertUnauthorized(BEARER_INVALID, HEADER, OTHER);
      http.post("/s/protected").bearer(bad).probe("x").send()
          .assertUnauthorized(BEARER_INVALID, HEADER, OTHER);
    }
    assertNotRun();
  }

  @Test
  void invalidTokenDoesNotStopAValidHeaderUser() {
    http.get("/s/protected").bearer("garbage").as("alice").send()
        .assertOk("protected user=SimpleUser:alice scheme=header");
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
