package dev.gatehouse.runtime.apikey;

/**
 * A key just made by {@link ApiKeys#create}: the {@linkplain #key() key} to show its owner once,
 * and the {@linkplain #hash() hash} to store.
 *
 * <pre>{@code
 * NewApiKey created = ApiKeys.create();
 * keys.save(created.hash(), user.identity());   // the store never sees the key
 * return Response.status(201).entity(Map.of("api_key", created.key())).build();
 * }</pre>
 *
 * <p>{@link #toString()} leaves the key out, so logging this object leaks nothing.
 */
public final class NewApiKey {

  private final String prefix;
  private final String key;
  private final String hash;

  NewApiKey(String prefix, String key, String hash) {
    this.prefix = prefix;
    this.key = key;
    this.hash = hash;
  }

  /** The key itself: hand it to its owner once, and keep no copy. */
  public String key() {
    return key;
  }

  /** What to store: {@link ApiKeys#hash(String) the key's SHA-256}, 64 lowercase hex digits. */
  public String hash() {
    return hash;
  }

  /** The key's prefix, without the separator. */
  public String prefix() {
    return prefix;
  }

  /** The prefix and the hash; never the key. */
  @Override
  public String toString() {
    return "NewApiKey[prefix=" + prefix + ", hash=" + hash + "]";
  }
}
