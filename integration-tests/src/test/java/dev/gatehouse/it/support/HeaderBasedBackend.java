package dev.gatehouse.it.support;

import dev.gatehouse.runtime.AuthResult;
import dev.gatehouse.runtime.AuthenticationBackend;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test backend that trusts a request header naming the user ({@code alice}) and another listing
 * its permissions ({@code "read write"}, passed on as the {@code permissions} claim). Magic user
 * names: {@code invalid} (rejected credentials), {@code boom} (the backend throws, as when its
 * store is down), {@code null} (the backend breaks its contract by returning null), {@code liar}
 * (success with another backend's scope).
 */
public abstract class HeaderBasedBackend implements AuthenticationBackend {

  /** In the message of the exception a failing backend throws; must never reach a client. */
  public static final String SECRET = "SECRET-BACKEND-DETAIL jdbc:postgresql://db.internal/users";

  private final String scope;
  private final String userHeader;
  private final String permissionsHeader;
  private final String scheme;
  private final AtomicInteger calls = new AtomicInteger();

  protected HeaderBasedBackend(
      String scope, String userHeader, String permissionsHeader, String scheme) {
    this.scope = scope;
    this.userHeader = userHeader;
    this.permissionsHeader = permissionsHeader;
    this.scheme = scheme;
  }

  @Override
  public final String scope() {
    return scope;
  }

  /** How often {@link #authenticate} ran on this instance. */
  public final int calls() {
    return calls.get();
  }

  @Override
  public final AuthResult authenticate(ContainerRequestContext request) {
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
  public final String challenge(boolean invalidCredentials) {
    return invalidCredentials ? invalidChallenge() : challenge();
  }

  /** The challenge without credentials. */
  public final String challenge() {
    return scheme + " realm=\"it\"";
  }

  /** The challenge after this backend rejected the credentials. */
  public final String invalidChallenge() {
    return scheme + " realm=\"it\", error=\"invalid_credentials\"";
  }
}
