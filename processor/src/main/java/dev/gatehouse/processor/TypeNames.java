package dev.gatehouse.processor;

import com.palantir.javapoet.ClassName;

/**
 * The types the processor reads and the generated code uses, by name: the processor has no
 * compile-time dependency on the runtime, Jakarta REST or Jakarta Annotations.
 */
final class TypeNames {

  static final String AUTH = "dev.gatehouse.annotations.Auth";
  static final String HAS_PERMISSION = "dev.gatehouse.annotations.HasPermission";
  static final String AUTH_BACKENDS = "dev.gatehouse.annotations.AuthBackends";
  static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
  static final String DENY_ALL = "jakarta.annotation.security.DenyAll";
  static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";

  static final String JAX_RS_PACKAGE = "jakarta.ws.rs";
  static final String PATH = "jakarta.ws.rs.Path";
  static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
  static final String AUTHENTICATION_BACKEND = "dev.gatehouse.runtime.AuthenticationBackend";

  static final ClassName BACKEND = ClassName.get("dev.gatehouse.runtime", "AuthenticationBackend");
  static final ClassName USER = ClassName.get("dev.gatehouse.runtime", "User");
  static final ClassName GATE = ClassName.get("dev.gatehouse.runtime.internal", "Gate");
  static final ClassName AUTHENTICATION =
      ClassName.get("dev.gatehouse.runtime.internal", "Authentication");
  static final ClassName INDEX = ClassName.get("dev.gatehouse.runtime.internal", "GatehouseIndex");
  static final ClassName BINDER = ClassName.get("dev.gatehouse.runtime.internal", "FilterBinder");
  static final ClassName REQUEST_FILTER =
      ClassName.get("jakarta.ws.rs.container", "ContainerRequestFilter");
  static final ClassName REQUEST_CONTEXT =
      ClassName.get("jakarta.ws.rs.container", "ContainerRequestContext");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The services file that lists every generated index. */
  static final String SERVICES_FILE = "META-INF/services/" + INDEX.canonicalName();

  private TypeNames() {}
}
