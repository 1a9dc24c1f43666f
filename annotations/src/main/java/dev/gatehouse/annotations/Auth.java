package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must be authenticated to reach the annotated resource method, or every resource
 * method of the annotated class.
 *
 * <p>{@code @Auth} alone accepts an identity established by any backend the method may use (the
 * {@link AuthBackends} named there, or else those configured at run time). With scopes, only a
 * backend whose scope is listed may authenticate the caller; several scopes mean ANY of them:
 *
 * <pre>{@code
 * @Path("/profile")
 * @Auth                                   // every method: any backend
 * public class ProfileResource {
 *   @GET
 *   public String me(@Context SecurityContext security) {
 *     return security.getUserPrincipal().getName();
 *   }
 *
 *   @GET @Path("/tokens")
 *   @Auth({"jwt", "session"})             // replaces the class rule: a JWT or a session
 *   public List<String> tokens() { ... }
 * }
 * }</pre>
 *
 * <p>A caller without credentials gets {@code 401} with one {@code WWW-Authenticate} challenge per
 * backend allowed on the method; invalid credentials, an identity the user loader does not know,
 * or a backend whose scope is not listed are {@code 401} too. The resource method never runs.
 *
 * <p>Rules: a method-level {@code @Auth} replaces the class-level one; {@code @Auth} combines with
 * {@link HasPermission} and {@link AuthBackends} (all must pass). Annotations on an interface or
 * superclass that declares the resource method apply to its implementations. The Gatehouse
 * annotation processor turns this annotation into a generated filter at compile time; the runtime
 * refuses to start when an annotated method has no generated filter, or when a listed scope
 * matches no configured backend.
 *
 * <p><b>Deny by default.</b> On a package ({@code package-info.java}), {@code @Auth} is the rule of
 * every resource method of every resource class in that package (not its subpackages) that has
 * no {@code @Auth} of its own, on the method or its class, and is not {@code @PermitAll}:
 *
 * <pre>{@code
 * @Auth
 * package com.example.api;
 *
 * import dev.gatehouse.annotations.Auth;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface Auth {

  /**
   * The scopes of the backends that may authenticate the caller, for example {@code "jwt"},
   * {@code "session"}, {@code "apikey"} or a custom backend's scope. Empty: any backend.
   */
  String[] value() default {};
}
