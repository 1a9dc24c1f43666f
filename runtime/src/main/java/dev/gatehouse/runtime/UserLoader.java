package dev.gatehouse.runtime;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a successful {@link AuthResult} into the {@link User} that handlers see (the seed's
 * {@code load_user}).
 *
 * <p>Return null when the identity is unknown (the client gets {@code 401}); throw when the store
 * cannot answer (the client gets {@code 503}, logged). Called once per authenticated request, from
 * many threads.
 *
 * <pre>{@code
 * // a seed-style loader by identity
 * UserLoader.byIdentity(Users::loadUser)
 *
 * // stateless JWT: the user is made from the token's claims ("sub", "name", "permissions")
 * UserLoader.fromClaims()
 *
 * // anything else
 * result -> accounts.find(result.identity(), result.scope())
 * }</pre>
 */
@FunctionalInterface
public interface UserLoader {

  /** The default claim that holds a user's permissions. */
  String DEFAULT_PERMISSIONS_CLAIM = "permissions";

  /**
   * The user for this result, or null when there is none.
   *
   * @param result a successful result: identity, scope and claims
   * @throws Exception when the user store cannot answer
   */
  User load(AuthResult result) throws Exception;

  /** A loader that looks the user up by identity alone (a seed-style {@code load_user}). */
  static UserLoader byIdentity(IdentityLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return result -> loader.loadUser(result.identity());
  }

  /**
   * A loader that needs no database: a {@link SimpleUser} with the result's identity, the claim
   * {@code "name"} as display name when it is a string, and permissions from the claim {@value
   * #DEFAULT_PERMISSIONS_CLAIM}.
   */
  static UserLoader fromClaims() {
    return fromClaims(DEFAULT_PERMISSIONS_CLAIM);
  }

  /**
   * Like {@link #fromClaims()}, with permissions from {@code permissionsClaim}: either an array of
   * strings ({@code ["read", "write"]}) or one space-separated string ({@code "read write"}, as
   * OAuth's {@code scope} claim). A claim of another type gives no permissions.
   */
  static UserLoader fromClaims(String permissionsClaim) {
    Objects.requireNonNull(permissionsClaim, "permissionsClaim");
    return result -> {
      Object name = result.claims().get("name");
      String displayName = name instanceof String s && !s.isBlank() ? s : result.identity();
      return new SimpleUser(
          result.identity(), displayName, permissions(result.claims().get(permissionsClaim)));
    };
  }

  private static Set<String> permissions(Object claim) {
    Set<String> permissions = new LinkedHashSet<>();
    if (claim instanceof String s) {
      for (String p : s.trim().split("\\s+")) {
        if (!p.isEmpty()) {
          permissions.add(p);
        }
      }
    } else if (claim instanceof Collection<?> values) {
      for (Object v : values) {
        if (v instanceof String p && !p.isBlank()) {
          permissions.add(p);
        }
      }
    }
    return permissions;
  }
}
