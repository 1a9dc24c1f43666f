package dev.gatehouse.it.support;

/** Scope {@code "other"}: {@code X-Other-User}, {@code X-Other-Permissions}; challenge {@code TestOther}. */
public final class OtherBackend extends HeaderBasedBackend {

  public static final String SCOPE = "other";
  public static final String USER = "X-Other-User";
  public static final String PERMISSIONS = "X-Other-Permissions";
  public static final String CHALLENGE = "TestOther realm=\"it\"";
  public static final String INVALID = "TestOther realm=\"it\", error=\"invalid_credentials\"";

  public OtherBackend() {
    super(SCOPE, USER, PERMISSIONS, "TestOther");
  }
}
