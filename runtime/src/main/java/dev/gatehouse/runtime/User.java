package dev.gatehouse.runtime;

import java.security.Principal;

/**
 * An authenticated caller, as loaded by the {@link UserLoader} (the seed's {@code BaseUser}).
 *
 * <p>A user is a {@link Principal}: in a resource method, {@code
 * SecurityContext.getUserPrincipal()} returns the loaded user, and {@code
 * SecurityContext.isUserInRole(p)} answers {@link #hasPermission(String) hasPermission(p)}.
 *
 * <pre>{@code
 * public record Member(String identity, String displayName, boolean admin) implements User {
 *   public boolean hasPermission(String permission) {
 *     return admin || permission.equals("articles:read");
 *   }
 * }
 * }</pre>
 *
 * <p>Implementations must be safe to share between threads. {@link SimpleUser} covers the common
 * case; {@link UnauthenticatedUser} is the anonymous caller and is never handed out as a
 * principal.
 */
public interface User extends Principal {

  /** The stable identifier of the user (a subject, user id or name); never null or blank. */
  String identity();

  /** A name to show people; the identity by default. */
  default String displayName() {
    return identity();
  }

  /** Whether this user was authenticated; only {@link UnauthenticatedUser} answers false. */
  default boolean isAuthenticated() {
    return true;
  }

  /** Whether the user holds the permission (a role, a scope, a right: any string). */
  boolean hasPermission(String permission);

  /** The {@link Principal} name: the {@link #identity()}. */
  @Override
  default String getName() {
    return identity();
  }
}
