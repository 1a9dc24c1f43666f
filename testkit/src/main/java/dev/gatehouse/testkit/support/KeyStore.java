package dev.gatehouse.testkit.support;

import dev.gatehouse.runtime.apikey.ApiKeyResolver;
import dev.gatehouse.runtime.apikey.ApiKeys;
import dev.gatehouse.runtime.apikey.NewApiKey;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An application's API key table, as the kit keeps it: key hash to owner. Counts lookups, and can
 * be {@linkplain #down(boolean) taken down} to play a database that does not answer.
 */
public final class KeyStore implements ApiKeyResolver {

  /** In the message of the exception thrown while down; must never reach a client. */
  public static final String SECRET = "SECRET-KEYSTORE-DETAIL connection refused";

  private final Map<String, String> owners = new ConcurrentHashMap<>();
  private final AtomicInteger lookups = new AtomicInteger();
  private volatile boolean down;

  /** Makes a key for {@code owner} and keeps only its hash; returns the key. */
  public String issue(String owner) {
    NewApiKey created = ApiKeys.create();
    owners.put(created.hash(), owner);
    return created.key();
  }

  /** Forgets the key, as deleting its row does. */
  public void revoke(String key) {
    owners.remove(ApiKeys.hash(key));
  }

  /** While down, every lookup throws. */
  public void down(boolean down) {
    this.down = down;
  }

  /** How often the backend asked. */
  public int lookups() {
    return lookups.get();
  }

  @Override
  public Optional<String> identityOf(String keyHash) throws SQLException {
    lookups.incrementAndGet();
    if (down) {
      throw new SQLException(SECRET);
    }
    return Optional.ofNullable(owners.get(keyHash));
  }
}
