package dev.gatehouse.sample;

import dev.gatehouse.runtime.SimpleUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;

/**
 * The sample's user store: two demo users. A real application keeps password hashes made with a
 * slow password hash (Argon2, bcrypt); the sample keeps it short and compares in constant time.
 */
public final class DemoUsers {

  private record Account(SimpleUser user, byte[] passwordDigest) {}

  private static final Map<String, Account> ACCOUNTS =
      Map.of(
          "alice",
          new Account(
              new SimpleUser(
                  "alice",
                  "Alice Liddell",
                  Set.of("articles:read", "articles:write", "admin")),
              digest("alice-password")),
          "bob",
          new Account(
              new SimpleUser("bob", "Bob Builder", Set.of("articles:read")),
              digest("bob-password")));

  private DemoUsers() {}

  /** The seed-style {@code load_user}: the user with this identity, or null. */
  public static SimpleUser loadUser(String identity) {
    Account account = ACCOUNTS.get(identity);
    return account == null ? null : account.user();
  }

  /** The user when the password is right, else null; the same work either way. */
  public static SimpleUser login(String username, String password) {
    Account account = username == null ? null : ACCOUNTS.get(username);
    byte[] presented = digest(password == null ? "" : password);
    byte[] expected = account == null ? new byte[presented.length] : account.passwordDigest();
    boolean matches = MessageDigest.isEqual(presented, expected);
    return account != null && matches ? account.user() : null;
  }

  private static byte[] digest(String password) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
