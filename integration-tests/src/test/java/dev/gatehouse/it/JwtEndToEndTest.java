package dev.gatehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.resources.SemanticsResource;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.it.support.ProbeReader;
import dev.gatehouse.it.support.Reply;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import dev.gatehouse.runtime.jwt.TokenIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real JWT backend end to end: tokens from {@link TokenIssuer}, users from {@link
 * UserLoader#fromClaims()}, on {@link ProfileResource} (the module's fixture) and the semantics
 * resource. Backends: "jwt" then "header".
 */
class JwtEndToEndTest {

  static final String SECRET = "it-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
  static final String BEARER = "Bearer realm=\"gatehouse\"";
  static final String BEARER_INVALID = "Bearer realm=\"gatehouse\", error=\"invalid_token\"";

  static final GatehouseConfig config = GatehouseConfig.builder().secretKey(SECRET).build();
  static final TokenIssuer issuer = new TokenIssuer(config);

  static AuthenticationFeature feature() {
    return AuthenticationFeature.builder()
        .backend(new JwtAuthBackend(config))
        .backend(new HeaderBackend())
        .userLoader(UserLoader.fromClaims())
        .build();
  }

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(JwtEndToEndTest::feature, ProfileResource.class, SemanticsResource.class);

  private int invocations;
  private int reads;

  @BeforeEach
  void count() {
    invocations = Calls.INVOCATIONS.get();
    reads = ProbeReader.READS.get();
  }

  private static String token(String subject, String... permissions) {
    return issuer.issue(
        Map.of("sub", subject, "permissions", List.of(permissions)), Duration.ofMinutes(5));
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static Reply get(String path, String token) {
    return server.get(path).header("Authorization", bearer(token)).send();
  }

  @Nested
  class ValidTokens {

    @Test
    void authenticatedEndpointShowsTheUserAndTheJwtScope() {
      Reply reply = get("/profile", token("alice"));
      assertEquals(200, reply.status(), reply.body());
      assertEquals("alice via jwt", reply.body());
    }

    @Test
    void securityContextIsTheClaimsUser() {
      get("/s/context", token("alice", "read")).assertOk(
          "context user=SimpleUser:alice scheme=jwt display=alice read=true write=false null=false");
      String named =
          issuer.issue(Map.of("sub", "bob", "name", "Bob B", "permissions", "write read"),
              Duration.ofMinutes(1));
      get("/s/context", named).assertOk(
          "context user=SimpleUser:bob scheme=jwt display=Bob B read=true write=true null=false");
    }

    @Test
    void allPermissionsFromTheClaim() {
      Reply reply = get("/profile/admin", token("alice", "admin", "audit"));
      assertEquals(200, reply.status(), reply.body());
      assertEquals("admin", reply.body());
      get("/profile/admin", token("alice", "admin")).assertForbidden();
      get("/profile/admin", token("alice", "audit")).assertForbidden();
    }

    @Test
    void anyPermissionFromTheClaim() {
      assertEquals("any", get("/profile/any", token("alice", "editor")).body());
      assertEquals("any", get("/profile/any", token("alice", "admin")).body());
      get("/profile/any", token("alice", "audit")).assertForbidden();
    }

    @Test
    void publicEndpointAttachesTheTokenUser() {
      get("/s/public", token("alice", "read"))
          .assertOk("public user=SimpleUser:alice scheme=jwt read=true write=false");
    }
  }

  @Nested
  class Refusals {

    @Test
    void noCredentialsIs401WithBothChallenges() {
      server.get("/profile").send().assertUnauthorized(BEARER, HeaderBackend.CHALLENGE);
      assertEquals(invocations, Calls.INVOCATIONS.get());
    }

    @Test
    void jwtOnlyEndpointChallengesOnlyBearer() {
      server.get("/profile/admin").send().assertUnauthorized(BEARER);
    }

    @Test
    void userOfAnotherScopeOnAJwtOnlyEndpointIs401WithTheBearerChallenge() {
      server.get("/profile/admin").as("alice", "admin", "audit").send().assertUnauthorized(BEARER);
      // the same user is fine where any backend is accepted
      server.get("/profile").as("alice").send().assertOk("alice via header");
    }

    @Test
    void otherAuthorizationSchemeIsNotAJwt() {
      server.get("/profile").header("Authorization", "Basic YWxpY2U6c2VjcmV0").send()
          .assertUnauthorized(BEARER, HeaderBackend.CHALLENGE);
    }

    @Test
    void invalidTokensAre401WithInvalidTokenAndTheSameBodyAsNoToken() {
      String missingBody = server.get("/profile").send().body();
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
        Reply reply = get("/profile", bad);
        reply.assertUnauthorized(BEARER_INVALID, HeaderBackend.CHALLENGE);
        assertEquals(missingBody, reply.body(), "body for " + bad);
        get("/profile/admin", bad).assertUnauthorized(BEARER_INVALID);
        // public: 200, anonymous
        get("/s/public", bad).assertOk("public user=null scheme=null read=false write=false");
      }
      assertEquals(invocations + 6, Calls.INVOCATIONS.get(), "only the public method ran");
    }

    @Test
    void invalidTokenDoesNotStopAValidHeaderUser() {
      server.get("/profile").header("Authorization", "Bearer garbage").as("alice").send()
          .assertOk("alice via header");
    }

    @Test
    void entityIsNotReadWithAnInvalidToken() {
      server.post("/s/protected").header("Authorization", "Bearer garbage")
          .body(ProbeReader.TYPE, "hello").send()
          .assertUnauthorized(BEARER_INVALID, HeaderBackend.CHALLENGE);
      assertEquals(reads, ProbeReader.READS.get());
      assertEquals(invocations, Calls.INVOCATIONS.get());
      server.post("/s/protected").header("Authorization", bearer(token("alice")))
          .body(ProbeReader.TYPE, "hello").send()
          .assertOk("posted hello user=SimpleUser:alice scheme=jwt");
      assertEquals(reads + 1, ProbeReader.READS.get());
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
