package dev.gatehouse.testkit.support;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.AuthenticationBackend;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test backend that trusts a request header naming the user ({@code X-Test-User: alice}) and
 * another listing its permissions ({@code X-Test-Permissions: read write}, passed on as the {@code
 * permissions} claim). {@link #HEADER} has scope {@code header} and challenge {@code TestHeader};
 * {@link #OTHER} reads {@code X-Other-*}, scope {@code other}, challenge {@code TestOther}.
 *
 * <p>Magic user names: {@code invalid} (rejected credentials), {@code boom} (the backend throws, as
 * when its store is down), {@code null} (the backend breaks its contract by returning null),
 * {@code liar} (success with another backend's scope).
 */
public final class HeaderBackend implements AuthenticationBackend {

  /** In the message of the exception a failing backend throws; must never reach a client. */
  public static final String SECRET = "SECRET-BACKEND-DETAIL jdbc:postgresql://db.internal/users";

  public static final HeaderBackend HEADER = new HeaderBackend("header", "Test", "TestHeader");
  public static final HeaderBackend OTHER = new HeaderBackend("other", "Other", "TestOther");

  private final String scope;
  private final String userHeader;
  private final String permissionsHeader;
  private final String scheme;
  private final AtomicInteger calls = new AtomicInteger();

  private HeaderBackend(String scope, String headerWord, String scheme) {
    this.scope = scope;
    this.userHeader = "X-" + headerWord + "-User";
    this.permissionsHeader = "X-" + headerWord + "-Permissions";
    this.scheme = scheme;
  }

  @Override
  public String scope() {
    return scope;
  }

  /** The header that names the user. */
  public String userHeader() {
    return userHeader;
  }

  /** The header that lists the user's permissions. */
  public String permissionsHeader() {
    return permissionsHeader;
  }

  /** How often {@link #authenticate} ran. */
  public int calls() {
    return calls.get();
  }

  @Override
  public AuthResult authenticate(ContainerRequestContext request) {
    calls.incrementAndGet();
    String user = request.getHeaderString(userHeader);
    if (user == null) {
      return AuthResult.none();
    }
    switch (user) {
      case "invalid":
        return AuthResult.invalid();
      case "boom":
        throw new IllegalStateException(SECRET);
      case "null":
        return null;
      case "liar":
        return AuthResult.success(user, scope + "-not-mine", Map.of());
      default:
        String permissions = request.getHeaderString(permissionsHeader);
        return AuthResult.success(
            user, scope, Map.of("permissions", permissions == null ? "" : permissions));
    }
  }

  @Override
  public String challenge(boolean invalidCredentials) {
    return invalidCredentials ? invalidChallenge() : challenge();
  }

  /** The challenge without credentials: {@code TestHeader realm="kit"}. */
  public String challenge() {
    return scheme + " realm=\"kit\"";
  }

  /** The challenge after this backend rejected the credentials. */
  public String invalidChallenge() {
    return scheme + " realm=\"kit\", error=\"invalid_credentials\"";
  }
}
