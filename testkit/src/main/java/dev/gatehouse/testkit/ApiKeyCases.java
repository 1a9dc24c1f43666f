package dev.gatehouse.testkit;

import static dev.gatehouse.testkit.JwtCases.BEARER;
import static dev.gatehouse.testkit.JwtCases.BEARER_INVALID;
import static dev.gatehouse.testkit.JwtCases.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.UserLoader;
import dev.gatehouse.runtime.apikey.ApiKeyAuthBackend;
import dev.gatehouse.runtime.apikey.ApiKeys;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import dev.gatehouse.testkit.resources.ApiKeyResource;
import dev.gatehouse.testkit.support.Http;
import dev.gatehouse.testkit.support.KeyStore;
import dev.gatehouse.testkit.support.ProbeReader;
import dev.gatehouse.testkit.support.Reply;
import dev.gatehouse.testkit.support.TestUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@link ApiKeyAuthBackend} next to the JWT backend (configured order: {@code jwt}, then
 * {@code apikey}), keys from {@link ApiKeys#create()} in a {@link KeyStore}, users loaded by
 * identity (alice: admin; bob: no permission; ghost: unknown to the loader). Bad header values are
 * refused before the store is asked, whatever the runtime does to headers on the way in.
 */
public abstract class ApiKeyCases extends KitCase {

  static final String KEY = "ApiKey realm=\"gatehouse\", header=\"X-API-Key\"";
  static final String KEY_INVALID = KEY + ", error=\"invalid_key\"";

  private final KeyStore keys = new KeyStore();
  private final AtomicInteger loads = new AtomicInteger();
  private final String alice = keys.issue("alice");
  private final String bob = keys.issue("bob");
  private final String ghost = keys.issue("ghost");
  private int lookupsBefore;

  @Override
  protected TestApplication application() {
    Map<String, TestUser> users =
        Map.of(
            "alice", new TestUser("alice", Set.of("admin")),
            "bob", new TestUser("bob", Set.of()));
    AuthenticationFeature feature =
        AuthenticationFeature.builder()
            .backend(new JwtAuthBackend(JwtCases.CONFIG))
            .backend(new ApiKeyAuthBackend(keys))
            .userLoader(UserLoader.byIdentity(identity -> {
              loads.incrementAndGet();
              return users.get(identity);
            }))
            .build();
    return new TestApplication(List.of(ApiKeyResource.class, ProbeReader.class), List.of(feature));
  }

  @BeforeEach
  final void storeUp() {
    keys.down(false);
    lookupsBefore = keys.lookups();
  }

  private Reply get(String path, String key) {
    return http.get(path).header("X-API-Key", key).send();
  }

  private Http.Call both(String path, String key, String token) {
    return http.get(path).header("X-API-Key", key).bearer(token);
  }

  /** Neither the key store nor a resource method was asked since this test began. */
  private void assertNoLookupAndNotRun() {
    assertEquals(0, keys.lookups() - lookupsBefore, "the key store was asked");
    assertNotRun();
  }

  // a key alone

  @Test
  void keyAuthenticatesItsOwnerThroughTheUserLoader() {
    int loadsBefore = loads.get();
    get("/ak/key-only", alice).assertOk("key-only user=TestUser:alice scheme=apikey");
    http.get("/ak/key-only").header("x-api-key", bob).send()
        .assertOk("key-only user=TestUser:bob scheme=apikey");
    assertEquals(2, keys.lookups() - lookupsBefore, "lookups");
    assertEquals(2, loads.get() - loadsBefore, "users loaded");
  }

  @Test
  void permissionsComeFromTheLoadedOwner() {
    get("/ak/admin", bob).assertForbidden();
    http.get("/ak/admin").send().assertUnauthorized(KEY);
    assertNotRun();
    get("/ak/admin", alice).assertOk("admin user=TestUser:alice scheme=apikey");
  }

  @Test
  void publicEndpointAttachesTheKeyOwner() {
    get("/ak/public", bob).assertOk("public user=TestUser:bob scheme=apikey");
  }

  @Test
  void missingHeaderIs401WithThePlainChallenge() {
    http.get("/ak/key-only").send().assertUnauthorized(KEY);
    http.get("/ak/any").send().assertUnauthorized(BEARER, KEY);
    assertNoLookupAndNotRun();
  }

  // bad values: 401 with the invalid-key challenge, refused before the store is asked

  /** Bad values {@link java.net.http.HttpClient} sends as they are. */
  private Map<String, String> badValues() {
    String body = alice.substring(4);
    String lastChanged = alice.substring(0, alice.length() - 1) + (alice.endsWith("A") ? "B" : "A");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("empty value", "");
    values.put("wrong prefix", "kez_" + body);
    values.put("another separator", "key-" + body);
    values.put("bad checksum", lastChanged);
    values.put("truncated by one", alice.substring(0, alice.length() - 1));
    values.put("prefix only", "key_");
    values.put("key plus one character", alice + "A");
    values.put("upper-cased", alice.toUpperCase(java.util.Locale.ROOT));
    values.put("percent-encoded separator", "key%5F" + body);
    values.put("space inside", alice.substring(0, 20) + " " + alice.substring(21));
    values.put("Bearer scheme in front", "Bearer " + alice);
    values.put("two keys joined by a comma", alice + ", " + bob);
    values.put("the hash instead of the key", ApiKeys.hash(alice));
    values.put("4 KiB", alice + "A".repeat(4096));
    return values;
  }

  @Test
  void badValuesAre401WithTheInvalidKeyChallengeBeforeAnyLookup() {
    badValues().forEach((what, value) -> {
      get("/ak/key-only", value).assertUnauthorized(KEY_INVALID);
      get("/ak/any", value).assertUnauthorized(BEARER, KEY_INVALID);
      http.post("/ak/key-only").header("X-API-Key", value).probe("x").send()
          .assertUnauthorized(KEY_INVALID);
    });
    assertNoLookupAndNotRun();
  }

  @Test
  void badValuesOnAPublicEndpointLeaveTheRequestAnonymous() {
    badValues().forEach((what, value) ->
        get("/ak/public", value).assertOk("public user=null scheme=null"));
  }

  /** Written on a socket: {@link java.net.http.HttpClient} joins nothing and rewrites nothing. */
  @Test
  void twoHeaderLinesAreRefusedEvenWhenBothHoldTheKey() {
    http.rawGet("/ak/key-only", "X-API-Key: " + alice, "X-API-Key: " + alice)
        .assertUnauthorized(KEY_INVALID);
    http.rawGet("/ak/key-only", "X-API-Key: " + alice, "x-api-key: " + bob)
        .assertUnauthorized(KEY_INVALID);
    assertNoLookupAndNotRun();
  }

  @Test
  void nonAsciiBytesAreRefused() {
    String middle = alice.substring(0, 20);
    String rest = alice.substring(21);
    for (String value : List.of(middle + "é" + rest, middle + "€" + rest, middle + "ключ")) {
      http.rawGet("/ak/key-only", "X-API-Key: " + value).assertUnauthorized(KEY_INVALID);
    }
    assertNoLookupAndNotRun();
  }

  /**
   * RFC 9110 5.5: spaces and tabs around a value are not part of it. Servers remove different
   * amounts of them (Grizzly leaves a trailing tab); the backend removes the rest, so every runtime
   * answers alike.
   */
  @Test
  void spacesAndTabsAroundTheKeyAreNotPartOfIt() {
    for (String value : List.of(" \t" + alice + "  ", alice + "\t", "\t" + alice + " \t")) {
      http.rawGet("/ak/key-only", "X-API-Key:" + value)
          .assertOk("key-only user=TestUser:alice scheme=apikey");
    }
    http.rawGet("/ak/key-only", "X-API-Key: " + alice + "\t.").assertUnauthorized(KEY_INVALID);
  }

  // well-formed keys the store does not know, or cannot look up

  @Test
  void unknownKeyIs401AfterOneLookupWithoutLoadingAUser() {
    int loadsBefore = loads.get();
    get("/ak/key-only", ApiKeys.create().key()).assertUnauthorized(KEY_INVALID);
    assertEquals(1, keys.lookups() - lookupsBefore, "lookups");
    assertEquals(loadsBefore, loads.get(), "the user loader was asked");
    assertNotRun();
  }

  @Test
  void revokedKeyIs401AtOnce() {
    String key = keys.issue("alice");
    get("/ak/key-only", key).assertOk("key-only user=TestUser:alice scheme=apikey");
    keys.revoke(key);
    get("/ak/key-only", key).assertUnauthorized(KEY_INVALID);
    get("/ak/public", key).assertOk("public user=null scheme=null");
    get("/ak/key-only", alice).assertOk("key-only user=TestUser:alice scheme=apikey");
  }

  @Test
  void keyOfAnOwnerTheLoaderDoesNotFindIs401() {
    get("/ak/key-only", ghost).assertUnauthorized(KEY_INVALID);
    assertNotRun();
  }

  @Test
  void storeDownIs503WithNothingOfTheCause() {
    keys.down(true);
    Reply reply = get("/ak/key-only", alice).assertUnavailable();
    assertFalse(reply.body().contains(KeyStore.SECRET), reply.body());
    get("/ak/any", alice).assertUnavailable();
    http.post("/ak/key-only").header("X-API-Key", alice).probe("x").send().assertUnavailable();
    assertNotRun();
    get("/ak/public", alice).assertOk("public user=null scheme=null");
  }

  @Test
  void entityIsReadOnlyForAValidKey() {
    http.post("/ak/key-only").header("X-API-Key", alice).probe("hi").send()
        .assertOk("posted hi user=TestUser:alice scheme=apikey");
    assertEquals(1, reads());
  }

  // chains with JWT

  @Test
  void keyOnlyEndpointRefusesATokenWithThePlainKeyChallenge() {
    http.get("/ak/key-only").bearer(token("alice")).send().assertUnauthorized(KEY);
    assertNotRun();
  }

  @Test
  void configuredOrderPutsTheTokenFirst() {
    both("/ak/any", alice, token("bob")).send().assertOk("any user=TestUser:bob scheme=jwt");
    assertEquals(0, keys.lookups() - lookupsBefore, "the key was looked up after a valid token");
    get("/ak/any", alice).assertOk("any user=TestUser:alice scheme=apikey");
  }

  @Test
  void authBackendsOrderDecidesWhoWins() {
    both("/ak/key-then-jwt", alice, token("bob")).send()
        .assertOk("key-then-jwt user=TestUser:alice scheme=apikey");
    both("/ak/jwt-then-key", alice, token("bob")).send()
        .assertOk("jwt-then-key user=TestUser:bob scheme=jwt");
  }

  @Test
  void challengesFollowTheChainAndMarkWhatWasRejected() {
    http.get("/ak/key-then-jwt").send().assertUnauthorized(KEY, BEARER);
    http.get("/ak/jwt-then-key").send().assertUnauthorized(BEARER, KEY);
    both("/ak/key-then-jwt", "x", "x").send().assertUnauthorized(KEY_INVALID, BEARER_INVALID);
    both("/ak/jwt-then-key", ApiKeys.create().key(), "x").send()
        .assertUnauthorized(BEARER_INVALID, KEY_INVALID);
    assertNotRun();
  }

  @Test
  void aRejectedKeyDoesNotHideAValidToken() {
    both("/ak/key-then-jwt", ApiKeys.create().key(), token("bob")).send()
        .assertOk("key-then-jwt user=TestUser:bob scheme=jwt");
    both("/ak/key-then-jwt", alice + "x", token("bob")).send()
        .assertOk("key-then-jwt user=TestUser:bob scheme=jwt");
  }
}
