package dev.gatehouse.runtime.apikey;

import java.util.Optional;

/**
 * Finds who owns an API key, given only its hash: the application's key store, as {@link
 * ApiKeyAuthBackend} consults it. The raw key never reaches it.
 *
 * <pre>{@code
 * // SELECT owner FROM api_keys WHERE hash = ? AND revoked_at IS NULL
 * ApiKeyResolver resolver = hash -> keyStore.ownerOf(hash);
 * new ApiKeyAuthBackend(resolver);
 * }</pre>
 *
 * <p>Called only for well-formed keys, from many threads. A lookup by hash needs no constant-time
 * comparison: the hash of a 256-bit random key tells nothing about any other key.
 */
@FunctionalInterface
public interface ApiKeyResolver {

  /**
   * The identity that owns the key with this hash, or empty when the key is unknown or revoked
   * (the client gets {@code 401}). The identity goes to the {@link
   * dev.gatehouse.runtime.UserLoader} like any other backend's.
   *
   * @param keyHash {@link ApiKeys#hash(String)} of the presented key: 64 lowercase hex digits
   * @return the owner's identity (not blank), or empty; never null
   * @throws Exception when the store cannot answer (the client gets {@code 503})
   */
  Optional<String> identityOf(String keyHash) throws Exception;
}
