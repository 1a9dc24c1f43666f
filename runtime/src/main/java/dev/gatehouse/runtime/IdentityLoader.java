package dev.gatehouse.runtime;

/**
 * Loads a user by identity alone: the seed's {@code load_user(identity)}. A static method of the
 * application fits as a method reference:
 *
 * <pre>{@code
 * public final class Users {
 *   public static Member loadUser(String identity) { return database.findMember(identity); }
 * }
 *
 * UserLoader loader = UserLoader.byIdentity(Users::loadUser);
 * }</pre>
 */
@FunctionalInterface
public interface IdentityLoader {

  /**
   * The user with this identity, or null when there is none (the client gets 401).
   *
   * @throws Exception when the store cannot answer (the client gets 503)
   */
  User loadUser(String identity) throws Exception;
}
