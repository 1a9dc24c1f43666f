/**
 * API keys: {@link dev.gatehouse.runtime.apikey.ApiKeys} creates them (the key shown once, the
 * SHA-256 hash stored) and verifies them in constant time; {@link
 * dev.gatehouse.runtime.apikey.ApiKeyAuthBackend} authenticates requests by them, asking an
 * {@link dev.gatehouse.runtime.apikey.ApiKeyResolver} who owns a key's hash.
 *
 * <p>Unlike the seed's backend, which accepted any non-empty header, a key must be well-formed
 * (prefix, length, alphabet, checksum) before it is looked up, and must be known to the resolver
 * to authenticate.
 */
package dev.gatehouse.runtime.apikey;
