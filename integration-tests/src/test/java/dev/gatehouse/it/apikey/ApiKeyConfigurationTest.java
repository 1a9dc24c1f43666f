package dev.gatehouse.it.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gatehouse.it.support.JerseyServer;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.apikey.ApiKeyAuthBackend;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Another header, prefix and realm, over HTTP; users made from the (empty) claims. */
class ApiKeyConfigurationTest {

  static final String CHALLENGE = "ApiKey realm=\"partners\", header=\"X-Partner-Key\"";
  static final String INVALID = CHALLENGE + ", error=\"invalid_key\"";

  static final KeyStore keys = new KeyStore();
  static final String PARTNER = keys.issue("acme-corp", "acme");
  static final String DEFAULT_PREFIX = keys.issue("acme-corp");

  static AuthenticationFeature feature() {
    GatehouseConfig config =
        GatehouseConfig.builder()
            .secretKey("it-secret-0123456789-abcdefghijklmnopqrstuvwxyz")
            .realm("partners")
            .build();
    return AuthenticationFeature.builder()
        .backend(new JwtAuthBackend(config))
        .backend(
            ApiKeyAuthBackend.builder(keys)
                .header("X-Partner-Key")
                .prefix("acme")
                .realm(config.realm())
                .build())
        .userLoader(UserLoader.fromClaims())
        .build();
  }

  @RegisterExtension
  static final JerseyServer server =
      JerseyServer.of(ApiKeyConfigurationTest::feature, ApiKeyResource.class);

  @Test
  void keyOfThePrefixInTheHeaderAuthenticates() {
    server.get("/ak/key-only").header("X-Partner-Key", PARTNER).send()
        .assertOk("key-only user=SimpleUser:acme-corp scheme=apikey");
  }

  @Test
  void theDefaultHeaderIsNotRead() {
    server.get("/ak/key-only").header("X-API-Key", PARTNER).send().assertUnauthorized(CHALLENGE);
  }

  @Test
  void aKnownKeyOfAnotherPrefixIsRefusedBeforeTheLookup() {
    int lookups = keys.lookups.get();
    server.get("/ak/key-only").header("X-Partner-Key", DEFAULT_PREFIX).send()
        .assertUnauthorized(INVALID);
    server.get("/ak/key-only").header("X-Partner-Key", "ACME" + PARTNER.substring(4)).send()
        .assertUnauthorized(INVALID);
    assertEquals(lookups, keys.lookups.get());
  }
}
