package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.User;

/**
 * How one request fared against a chain of backends: authenticated (a user and the scope of the
 * backend that vouched for it), anonymous (remembering which backends rejected credentials, for
 * their challenges), or failed (a backend or the user loader threw).
 */
public final class Authentication {

  private static final Authentication ANONYMOUS = new Authentication(null, null, 0L, false, false);
  private static final Authentication FAILED = new Authentication(null, null, 0L, true, false);

  private final User user;
  private final String scope;
  private final long invalidBackends;
  private final boolean failed;
  private final boolean refused;

  private Authentication(
      User user, String scope, long invalidBackends, boolean failed, boolean refused) {
    this.user = user;
    this.scope = scope;
    this.invalidBackends = invalidBackends;
    this.failed = failed;
    this.refused = refused;
  }

  static Authentication authenticated(User user, String scope) {
    return new Authentication(user, scope, 0L, false, false);
  }

  /**
   * Not authenticated.
   *
   * @param invalidBackends bit {@code i} set when backend {@code i} of the chain rejected the
   *     credentials it was shown
   */
  static Authentication anonymous(long invalidBackends) {
    return anonymous(invalidBackends, false);
  }

  /**
   * Not authenticated; {@code refused} when a backend found valid credentials that the request may
   * not use ({@link dev.gatehouse.runtime.AuthResult#refused()}): the answer is 403, not 401.
   */
  static Authentication anonymous(long invalidBackends, boolean refused) {
    return invalidBackends == 0L && !refused
        ? ANONYMOUS
        : new Authentication(null, null, invalidBackends, false, refused);
  }

  static Authentication failed() {
    return FAILED;
  }

  /** Whether a backend authenticated the caller and the user loader found the user. */
  public boolean isAuthenticated() {
    return user != null;
  }

  /** Whether a backend or the user loader threw: the answer is 503. */
  public boolean isFailed() {
    return failed;
  }

  /** The loaded user; null unless {@link #isAuthenticated()}. */
  public User user() {
    return user;
  }

  /** The scope of the backend that authenticated the caller; null unless authenticated. */
  public String scope() {
    return scope;
  }

  /** Whether a backend refused valid credentials for this request: the answer is 403. */
  public boolean isRefused() {
    return refused;
  }

  boolean rejectedBy(int backendIndex) {
    return (invalidBackends & (1L << backendIndex)) != 0;
  }
}
