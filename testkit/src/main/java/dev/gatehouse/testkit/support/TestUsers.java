package dev.gatehouse.testkit.support;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.AuthenticationFeature;
import dev.gatehouse.runtime.UnauthenticatedUser;
import dev.gatehouse.runtime.User;
import dev.gatehouse.runtime.UserLoader;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The user loader of the kit: a {@link TestUser} with the permissions of the {@code permissions}
 * claim; no user for identity {@code ghost}; the {@link UnauthenticatedUser} for {@code
 * anonymous}; throws for identity {@code loaderboom}.
 */
public final class TestUsers implements UserLoader {

  /** In the message of the exception the loader throws; must never reach a client. */
  public static final String SECRET = "SECRET-LOADER-DETAIL connection refused";

  /** The usual feature: {@link HeaderBackend#HEADER}, then {@link HeaderBackend#OTHER}, these users. */
  public static AuthenticationFeature feature() {
    return AuthenticationFeature.builder()
        .backend(HeaderBackend.HEADER)
        .backend(HeaderBackend.OTHER)
        .userLoader(new TestUsers())
        .build();
  }

  @Override
  public User load(AuthResult result) throws SQLException {
    switch (result.identity()) {
      case "ghost":
        return null;
      case "anonymous":
        return UnauthenticatedUser.INSTANCE;
      case "loaderboom":
        throw new SQLException(SECRET);
      default:
        Object claim = result.claims().get("permissions");
        Set<String> permissions = new LinkedHashSet<>();
        if (claim instanceof String s && !s.isBlank()) {
          permissions.addAll(Arrays.asList(s.trim().split("\\s+")));
        }
        return new TestUser(result.identity(), permissions);
    }
  }
}
