package dev.gatehouse.runtime;

import java.util.Objects;
import java.util.Set;

/**
 * A user made of an identity, a display name and a fixed set of permissions.
 *
 * <pre>{@code
 * User alice = new SimpleUser("alice", "Alice Liddell", Set.of("articles:read", "admin"));
 * alice.hasPermission("admin");   // true
 * }</pre>
 *
 * @param identity the stable identifier, not blank
 * @param displayName the name to show, not null
 * @param permissions the permissions held, copied into an immutable set
 */
public record SimpleUser(String identity, String displayName, Set<String> permissions)
    implements User {

  /** Checks the arguments and copies the permissions. */
  public SimpleUser {
    Objects.requireNonNull(identity, "identity");
    if (identity.isBlank()) {
      throw new IllegalArgumentException("identity must not be blank");
    }
    Objects.requireNonNull(displayName, "displayName");
    permissions = Set.copyOf(permissions);
  }

  /** A user whose display name is its identity. */
  public SimpleUser(String identity, Set<String> permissions) {
    this(identity, identity, permissions);
  }

  @Override
  public boolean hasPermission(String permission) {
    // Set.copyOf's set throws on contains(null); a null permission is simply not held
    return permission != null && permissions.contains(permission);
  }

  @Override
  public String getName() {
    return identity;
  }

  @Override
  public String toString() {
    return "SimpleUser[" + identity + "]";
  }
}
