package dev.gatehouse.sample;

import dev.gatehouse.runtime.apikey.ApiKeyResolver;
import dev.gatehouse.runtime.apikey.ApiKeys;
import dev.gatehouse.runtime.apikey.NewApiKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sample's API key store, in memory. Like a real one it keeps only each key's SHA-256 (the
 * {@code hash} column, with a unique index), its owner and when it was made; the key itself is
 * handed out once by {@link ApiKeyResource} and forgotten. A key's id is the start of its hash:
 * enough to name it for revocation, useless for authenticating.
 */
final class ApiKeyStore implements ApiKeyResolver {

  /** A stored key: never the key itself. */
  record StoredKey(String id, String owner, String hash, Instant created) {}

  private static final int ID_LENGTH = 12;

  private final Map<String, StoredKey> byHash = new ConcurrentHashMap<>();

  /** Makes a key for {@code owner}; the caller shows {@link NewApiKey#key()} once. */
  NewApiKey create(String owner) {
    NewApiKey created = ApiKeys.create();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    byHash.put(created.hash(), new StoredKey(id(created.hash()), owner, created.hash(), now));
    return created;
  }

  static String id(String hash) {
    return hash.substring(0, ID_LENGTH);
  }

  /** The owner's keys, oldest first. */
  List<StoredKey> keysOf(String owner) {
    return byHash.values().stream()
        .filter(key -> key.owner().equals(owner))
        .sorted(Comparator.comparing(StoredKey::created).thenComparing(StoredKey::id))
        .toList();
  }

  /** Revokes the owner's key with this id; false when the owner has no such key. */
  boolean revoke(String owner, String id) {
    for (StoredKey key : keysOf(owner)) {
      if (key.id().equals(id)) {
        return byHash.remove(key.hash(), key);
      }
    }
    return false;
  }

  /** What {@link dev.gatehouse.runtime.apikey.ApiKeyAuthBackend} asks: the owner of a hash. */
  @Override
  public Optional<String> identityOf(String keyHash) {
    StoredKey key = byHash.get(keyHash);
    return key == null ? Optional.empty() : Optional.of(key.owner());
  }
}
