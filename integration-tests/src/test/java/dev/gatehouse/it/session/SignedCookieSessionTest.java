package dev.gatehouse.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.it.support.Reply;
import dev.gatehouse.runtime.GatehouseConfig;
import dev.gatehouse.runtime.session.SessionStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The session contract with the signed-cookie store; and what only a cookie holding the session can
 * suffer: bit flips in each of its parts, splicing two cookies, outgrowing the size bound.
 */
class SignedCookieSessionTest extends SessionContract {

  static final String SECRET =
      "base64:"
          + Base64.getEncoder()
              .encodeToString(
                  "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

  /** The parts of a sealed cookie: byte offsets where each starts. */
  static final Map<String, Integer> PARTS =
      Map.of("version", 0, "salt", 1, "nonce", 17, "ciphertext", 29);

  @Override
  SessionStore store(SessionStore.Builder timeouts) {
    return timeouts.buildSignedCookie(GatehouseConfig.builder().secretKey(SECRET).build());
  }

  static byte[] decode(String cookie) {
    return Base64.getUrlDecoder().decode(cookie);
  }

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Test
  void theCookieDoesNotShowTheSession() {
    Login alice = login("alice");
    String plain = new String(decode(alice.cookie()), StandardCharsets.ISO_8859_1);
    assertFalse(plain.contains("alice"), "the identity is readable in the cookie");
    assertFalse(plain.contains(alice.token()), "the token is readable in the cookie");
  }

  @Test
  void aBitFlipInAnyPartIsAnonymous() {
    Login alice = login("alice");
    byte[] cookie = decode(alice.cookie());
    int tag = cookie.length - 16;
    int[] positions = {0, 1, 16, 17, 28, 29, tag / 2 + 15, tag - 1, tag, cookie.length - 1};
    for (int position : positions) {
      for (int bit = 0; bit < 8; bit += 7) {
        byte[] flipped = cookie.clone();
        flipped[position] ^= (byte) (1 << bit);
        assertRejected(encode(flipped));
      }
    }
    me(alice.cookie()).assertOk("me user=TestUser:alice scheme=session name=Name alice");
  }

  @Test
  void splicedCookiesAreAnonymous() {
    byte[] alice = decode(login("alice").cookie());
    byte[] bob = decode(login("carol").cookie()); // same name length as alice
    assertEquals(
        alice.length, bob.length, "same-length sessions, so any splice has the right length");
    // the version byte is the same in both, so every cut below mixes key material or ciphertext
    for (int cut : new int[] {17, 29, alice.length / 2, alice.length - 16}) {
      byte[] spliced = alice.clone();
      System.arraycopy(bob, cut, spliced, cut, bob.length - cut);
      assertRejected(encode(spliced));
      spliced = bob.clone();
      System.arraycopy(alice, cut, spliced, cut, alice.length - cut);
      assertRejected(encode(spliced));
    }
  }

  @Test
  void aNonCanonicalSpellingIsAnonymous() {
    String cookie = login("alice").cookie();
    assertRejected(cookie + "==");
    assertRejected(
        cookie.replace('-', '+').replace('_', '/')
            + (cookie.contains("-") || cookie.contains("_") ? "" : "="));
  }

  @Test
  void aSessionThatOutgrowsTheCookieIsAClearError() {
    Reply first = client.post("/s/set?key=a&value=small").send();
    String cookie = valueOf(setCookie(first));
    Reply big = as(client.post("/s/set?key=b&value=" + "x".repeat(3000)), cookie).send();
    assertEquals(413, big.status(), big::body);
    assertTrue(big.body().contains("too large for the signed-cookie store"), big.body());
    assertTrue(big.body().contains("at most 3800"), big.body());
    // the session kept its previous state
    assertEquals("small", as(client.get("/s/get?key=a"), cookie).send().body());
  }
}
