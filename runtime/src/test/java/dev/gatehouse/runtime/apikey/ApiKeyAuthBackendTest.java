package dev.gatehouse.runtime.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.GatehouseConfigurationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP tests in the integration-tests module cannot reach: the resolver's view, broken
 * resolvers, and the builder's refusals. Every bad header value is tested over HTTP there.
 */
class ApiKeyAuthBackendTest {

  final NewApiKey alice = ApiKeys.create();
  final List<String> asked = new ArrayList<>();
  final ApiKeyAuthBackend backend =
      new ApiKeyAuthBackend(
          hash -> {
            asked.add(hash);
            return hash.equals(alice.hash()) ? Optional.of("alice") : Optional.empty();
          });

  @Test
  void theResolverSeesTheHashNeverTheKey() throws Exception {
    AuthResult result = backend.authenticate(request("X-API-Key", alice.key()));
    assertTrue(result.success());
    assertEquals("alice", result.identity());
    assertEquals("apikey", result.scope());
    assertEquals(Map.of(), result.claims());
    assertEquals(List.of(alice.hash()), asked);
  }

  @Test
  void unknownKeyIsInvalidAfterOneLookup() throws Exception {
    NewApiKey other = ApiKeys.create();
    assertSame(AuthResult.invalid(), backend.authenticate(request("X-API-Key", other.key())));
    assertEquals(List.of(other.hash()), asked);
  }

  @Test
  void noHeaderIsNoneAndMalformedIsInvalidWithoutALookup() throws Exception {
    assertSame(AuthResult.none(), backend.authenticate(request()));
    assertSame(AuthResult.none(), backend.authenticate(request("Authorization", "Bearer x")));
    assertSame(AuthResult.invalid(), backend.authenticate(request("X-API-Key", "")));
    assertSame(AuthResult.invalid(), backend.authenticate(request("X-API-Key", alice.key() + " ")));
    assertSame(
        AuthResult.invalid(),
        backend.authenticate(request("X-API-Key", alice.key(), "X-API-Key", alice.key())));
    assertEquals(List.of(), asked, "malformed keys were looked up");
  }

  @Test
  void configuredHeaderAndPrefix() throws Exception {
    NewApiKey partner = ApiKeys.create("acme");
    ApiKeyAuthBackend custom =
        ApiKeyAuthBackend.builder(hash -> Optional.of("partner"))
            .header("X-Partner-Key")
            .prefix("acme")
            .realm("partners")
            .build();
    assertTrue(custom.authenticate(request("X-Partner-Key", partner.key())).success());
    assertSame(AuthResult.none(), custom.authenticate(request("X-API-Key", partner.key())));
    assertSame(
        AuthResult.invalid(), custom.authenticate(request("X-Partner-Key", alice.key())));
    assertEquals("ApiKey realm=\"partners\", header=\"X-Partner-Key\"", custom.challenge(false));
  }

  @Test
  void challenges() {
    assertEquals("ApiKey realm=\"gatehouse\", header=\"X-API-Key\"", backend.challenge(false));
    assertEquals(
        "ApiKey realm=\"gatehouse\", header=\"X-API-Key\", error=\"invalid_key\"",
        backend.challenge(true));
  }

  @Test
  void brokenResolversFailTheRequest() {
    ApiKeyAuthBackend returnsNull = new ApiKeyAuthBackend(hash -> null);
    assertThrows(
        IllegalStateException.class,
        () -> returnsNull.authenticate(request("X-API-Key", alice.key())));
    ApiKeyAuthBackend blank = new ApiKeyAuthBackend(hash -> Optional.of(" "));
    assertThrows(
        IllegalArgumentException.class,
        () -> blank.authenticate(request("X-API-Key", alice.key())));
  }

  @Test
  void builderRefusesWhatCannotWork() {
    ApiKeyAuthBackend.Builder builder = ApiKeyAuthBackend.builder(hash -> Optional.empty());
    for (String header : new String[] {"", "X API Key", "X-Key:", "Ключ"}) {
      assertThrows(GatehouseConfigurationException.class, () -> builder.header(header), header);
    }
    for (String prefix : new String[] {"", "key_", "1key", "k y"}) {
      assertThrows(GatehouseConfigurationException.class, () -> builder.prefix(prefix), prefix);
    }
    for (String realm : new String[] {"", " ", "a\"b", "a\\b", "réalm"}) {
      assertThrows(GatehouseConfigurationException.class, () -> builder.realm(realm), realm);
    }
    assertThrows(NullPointerException.class, () -> ApiKeyAuthBackend.builder(null));
  }

  /** A request with these headers (name, value, name, value...); every other method throws. */
  static ContainerRequestContext request(String... headerPairs) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(headerPairs[i], headerPairs[i + 1]);
    }
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            ApiKeyAuthBackendTest.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeaders")) {
                return headers;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
