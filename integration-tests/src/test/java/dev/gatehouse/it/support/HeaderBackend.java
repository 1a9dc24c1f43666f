package dev.gatehouse.it.support;

/** Scope {@code "header"}: {@code X-Test-User}, {@code X-Test-Permissions}; challenge {@code TestHeader}. */
public final class HeaderBackend extends HeaderBasedBackend {

  public static final String SCOPE = "header";
  public static final String USER = "X-Test-User";
  public static final String PERMISSIONS = "X-Test-Permissions";
  public static final String CHALLENGE = "TestHeader realm=\"it\"";
  public static final String INVALID = "TestHeader realm=\"it\", error=\"invalid_credentials\"";

  public HeaderBackend() {
    super(SCOPE, USER, PERMISSIONS, "TestHeader");
  }
}
