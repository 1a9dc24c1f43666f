package dev.gatehouse.runtime.jwt;

import dev.gatehouse.runtime.AuthResult;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The tokens a {@link JwtAuthBackend} verified lately, so that a client reusing its access token
 * costs a comparison instead of a signature check and two JSON parses.
 *
 * <p>The rules that keep it safe:
 *
 * <ul>
 *   <li>Only successes are stored, after every check passed; a rejected token is never stored, so
 *       it is verified (and rejected) again each time.
 *   <li>A hit needs the whole token to be equal, character for character, compared without an
 *       early exit (the time depends on the length, and on whether the last characters, a JWS's
 *       signature, are equal); the slot is chosen by a hash of the last characters of the token,
 *       which only decides where to look and whether to compare at all.
 *   <li>The time claims ({@code exp}, {@code nbf}, {@code iat}) are stored with the result, and
 *       the backend checks them against the clock on every hit, exactly as on a miss.
 *   <li>Bounded: {@value #SLOTS} slots (a new token replaces the one in its slot), and tokens
 *       longer than {@value #MAX_CACHED_LENGTH} characters are not stored, so the cache holds at
 *       most a few MB whatever clients send.
 *   <li>Thread-safe: entries are immutable and published through an {@link AtomicReferenceArray}.
 * </ul>
 *
 * <p>Everything else a hit relies on is fixed for the backend's lifetime (key, algorithms, issuer,
 * audience, identity claim), so a result verified once stays verified until its time claims say
 * otherwise.
 */
final class VerifiedTokenCache {

  /** Number of slots (a power of two). */
  static final int SLOTS = 1024;

  /** Longest token that is stored. */
  static final int MAX_CACHED_LENGTH = 2048;

  /** How many trailing characters choose the slot. */
  private static final int HASHED_SUFFIX = 16;

  /** How many trailing characters are compared first. */
  private static final int TAIL = 32;

  /**
   * A verified token: its result and its time claims in epoch milliseconds ({@link Long#MIN_VALUE}
   * for an absent {@code nbf} or {@code iat}).
   */
  record Entry(String token, AuthResult result, long expMillis, long nbfMillis, long iatMillis) {}

  private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);

  /**
   * The suffix hash of each slot's entry, 4 KB that stay in the processor's caches, so that a new
   * token (the usual miss) is told apart without reading the entry or its token, which a stream
   * of new tokens has long pushed out of those caches. Written after the entry and read without
   * ordering: a stale hash only turns a hit into a miss or leads to the full comparison, never to
   * a wrong hit.
   */
  private final int[] hashes = new int[SLOTS];

  /** The entry stored for exactly {@code token}, or null. */
  Entry get(String token) {
    int hash = suffixHash(token);
    int slot = hash & (SLOTS - 1);
    if (hashes[slot] != hash) {
      return null;
    }
    Entry entry = slots.get(slot);
    return entry != null && sameToken(entry.token, token) ? entry : null;
  }

  /** Stores a token that passed every check, unless it is too long to keep. */
  void put(Entry entry) {
    if (entry.token.length() <= MAX_CACHED_LENGTH) {
      int hash = suffixHash(entry.token);
      slots.set(hash & (SLOTS - 1), entry);
      hashes[hash & (SLOTS - 1)] = hash;
    }
  }

  /** A hash of the last {@value #HASHED_SUFFIX} characters; its low bits choose the slot. */
  private static int suffixHash(String token) {
    int hash = 0;
    for (int i = Math.max(0, token.length() - HASHED_SUFFIX); i < token.length(); i++) {
      hash = 31 * hash + token.charAt(i);
    }
    return hash ^ hash >>> 16;
  }

  /**
   * Whether the tokens are equal, in time that depends on the lengths only, and on whether their
   * last {@value #TAIL} characters are equal: a miss (a different token in the slot) then costs
   * a comparison of the tails, which for a JWS are signature characters that nobody can aim at.
   */
  static boolean sameToken(String a, String b) {
    int length = a.length();
    if (length != b.length()) {
      return false;
    }
    int tail = Math.max(0, length - TAIL);
    return differences(a, b, tail, length) == 0 && differences(a, b, 0, tail) == 0;
  }

  /** The OR of the XORs of the characters of {@code [from, to)}: 0 when they are all equal. */
  private static int differences(String a, String b, int from, int to) {
    int difference = 0;
    for (int i = from; i < to; i++) {
      difference |= a.charAt(i) ^ b.charAt(i);
    }
    return difference;
  }
}
