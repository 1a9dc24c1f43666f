package dev.gatehouse.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserLoaderTest {

  private static AuthResult result(Map<String, ?> claims) {
    return AuthResult.success("alice", "jwt", claims);
  }

  @Test
  void fromClaimsReadsNameAndPermissionArray() throws Exception {
    User user = UserLoader.fromClaims().load(result(Map.of(
        "name", "Alice Liddell", "permissions", List.of("read", "write", "", 7))));
    assertEquals("alice", user.identity());
    assertEquals("alice", user.getName());
    assertEquals("Alice Liddell", user.displayName());
    assertTrue(user.hasPermission("read"));
    assertTrue(user.hasPermission("write"));
    assertFalse(user.hasPermission(""));
    assertFalse(user.hasPermission("7"));
    assertFalse(user.hasPermission("admin"));
    assertTrue(user.isAuthenticated());
  }

  @Test
  void fromClaimsReadsASpaceSeparatedScope() throws Exception {
    User user = UserLoader.fromClaims("scope").load(result(Map.of("scope", "  orders:read   orders:write ")));
    assertTrue(user.hasPermission("orders:read"));
    assertTrue(user.hasPermission("orders:write"));
    assertFalse(user.hasPermission("orders:read orders:write"));
  }

  @Test
  void fromClaimsWithoutNameOrPermissions() throws Exception {
    User user = UserLoader.fromClaims().load(result(Map.of("name", " ", "permissions", 42)));
    assertEquals("alice", user.displayName());
    assertFalse(user.hasPermission("42"));
  }

  @Test
  void byIdentityPassesTheIdentity() throws Exception {
    List<String> asked = new ArrayList<>();
    User bob = new SimpleUser("bob", Set.of());
    UserLoader loader = UserLoader.byIdentity(identity -> {
      asked.add(identity);
      return identity.equals("bob") ? bob : null;
    });
    assertNull(loader.load(result(Map.of())));
    assertSame(bob, loader.load(AuthResult.success("bob", "session", Map.of())));
    assertEquals(List.of("alice", "bob"), asked);
  }

  @Test
  void byIdentityLetsExceptionsThrough() {
    UserLoader loader = UserLoader.byIdentity(identity -> {
      throw new IllegalStateException("database down");
    });
    assertThrows(IllegalStateException.class, () -> loader.load(result(Map.of())));
  }

  @Test
  void simpleUserCopiesAndChecks() {
    Set<String> permissions = new HashSet<>(Set.of("read"));
    SimpleUser user = new SimpleUser("alice", "Alice", permissions);
    permissions.add("admin");
    assertFalse(user.hasPermission("admin"));
    assertFalse(user.hasPermission(null));
    assertThrows(UnsupportedOperationException.class, () -> user.permissions().add("x"));
    assertThrows(IllegalArgumentException.class, () -> new SimpleUser(" ", Set.of()));
    assertThrows(NullPointerException.class, () -> new SimpleUser(null, Set.of()));
    assertEquals("SimpleUser[alice]", user.toString());
    assertEquals("bob", new SimpleUser("bob", Set.of()).displayName());
  }

  @Test
  void unauthenticatedUserHoldsNothing() {
    User anonymous = UnauthenticatedUser.INSTANCE;
    assertFalse(anonymous.isAuthenticated());
    assertFalse(anonymous.hasPermission("read"));
    assertEquals("", anonymous.identity());
    assertEquals("Anonymous", anonymous.displayName());
  }

  @Test
  void authResultOutcomes() {
    assertSame(AuthResult.Outcome.NONE, AuthResult.none().outcome());
    assertTrue(AuthResult.invalid().isInvalid());
    assertFalse(AuthResult.invalid().success());
    assertNull(AuthResult.invalid().identity());
    assertTrue(AuthResult.none().claims().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> AuthResult.success(" ", "jwt", Map.of()));
    AuthResult ok = result(Map.of("k", "v"));
    assertThrows(UnsupportedOperationException.class, () -> ok.claims().put("x", "y"));
    assertEquals("AuthResult[SUCCESS jwt alice]", ok.toString());
  }
}
