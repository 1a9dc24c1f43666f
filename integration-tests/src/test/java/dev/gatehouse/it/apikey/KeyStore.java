package dev.gatehouse.it.apikey;

import dev.gatehouse.runtime.apikey.ApiKeyResolver;
import dev.gatehouse.runtime.apikey.ApiKeys;
import dev.gatehouse.runtime.apikey.NewApiKey;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The key store of the tests: hash to owner, as an application keeps it; counts lookups, and can
 * be switched off to play a database that is down.
 */
final class KeyStore implements ApiKeyResolver {

  /** In the message of the exception thrown while down; must never reach a client. */
  static final String SECRET = "SECRET-KEYSTORE-DETAIL connection refused";

  private final Map<String, String> owners = new ConcurrentHashMap<>();
  final AtomicInteger lookups = new AtomicInteger();
  final AtomicBoolean down = new AtomicBoolean();

  /** Issues a key to {@code owner}; the store keeps only the hash. */
  String issue(String owner) {
    return issue(owner, ApiKeys.DEFAULT_PREFIX);
  }

  String issue(String owner, String prefix) {
    NewApiKey created = ApiKeys.create(prefix);
    owners.put(created.hash(), owner);
    return created.key();
  }

  void revoke(String key) {
    owners.remove(ApiKeys.hash(key));
  }

  @Override
  public Optional<String> identityOf(String keyHash) throws SQLException {
    lookups.incrementAndGet();
    if (down.get()) {
      throw new SQLException(SECRET);
    }
    return Optional.ofNullable(owners.get(keyHash));
  }
}
