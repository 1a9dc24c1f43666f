package dev.gatehouse.testkit.support;

import dev.gatehouse.runtime.User;
import java.util.Set;

/** The user {@link TestUsers} loads: a type of its own, so a handler can tell it was handed this one. */
public record TestUser(String identity, Set<String> permissions) implements User {

  @Override
  public String displayName() {
    return "Test " + identity;
  }

  @Override
  public boolean hasPermission(String permission) {
    return permissions.contains(permission);
  }
}
