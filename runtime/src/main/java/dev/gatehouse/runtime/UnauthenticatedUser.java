package dev.gatehouse.runtime;

/**
 * The anonymous caller: not authenticated, holds no permission.
 *
 * <p>Gatehouse never hands this user out as a {@code SecurityContext} principal (an anonymous
 * request has a {@code null} principal, as JAX-RS expects); it exists for application code that
 * prefers a null object, as in the seed's {@code request.user}:
 *
 * <pre>{@code
 * User user = principal instanceof User u ? u : UnauthenticatedUser.INSTANCE;
 * if (!user.isAuthenticated()) { ... }
 * }</pre>
 */
public final class UnauthenticatedUser implements User {

  /** The only instance. */
  public static final UnauthenticatedUser INSTANCE = new UnauthenticatedUser();

  private UnauthenticatedUser() {}

  /** Always the empty string. */
  @Override
  public String identity() {
    return "";
  }

  /** Always {@code "Anonymous"}. */
  @Override
  public String displayName() {
    return "Anonymous";
  }

  /** Always false. */
  @Override
  public boolean isAuthenticated() {
    return false;
  }

  /** Always false. */
  @Override
  public boolean hasPermission(String permission) {
    return false;
  }

  @Override
  public String toString() {
    return "UnauthenticatedUser";
  }
}
