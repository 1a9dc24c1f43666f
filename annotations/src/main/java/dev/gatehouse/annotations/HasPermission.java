package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must be authenticated and hold the listed permissions to reach the annotated resource
 * method, or every resource method of the annotated class.
 *
 * <p>Permissions are checked with {@code User.hasPermission(String)} on the loaded user. By
 * default ALL listed permissions are required; {@code match = Match.ANY} accepts a caller who
 * holds at least one:
 *
 * <pre>{@code
 * @DELETE @Path("/{id}")
 * @HasPermission({"articles:write", "articles:delete"})            // both
 * public void delete(@PathParam("id") String id) { ... }
 *
 * @GET @Path("/drafts")
 * @HasPermission(value = {"editor", "admin"}, match = Match.ANY)   // either
 * public List<Draft> drafts() { ... }
 * }</pre>
 *
 * <p>An anonymous caller gets {@code 401} (authentication comes first, unlike the seed framework
 * which answered {@code 403}); an authenticated caller without the permissions gets {@code 403}.
 * {@code @HasPermission} implies authentication by any allowed backend and combines with
 * {@link Auth} (which narrows the backends) and {@link AuthBackends}; a method-level
 * {@code @HasPermission} replaces the class-level one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface HasPermission {

  /** The permissions, at least one, none blank. */
  String[] value();

  /** Whether ALL permissions (the default) or ANY one of them must be held. */
  Match match() default Match.ALL;

  /** How several permissions combine. */
  enum Match {
    /** The caller must hold every listed permission. */
    ALL,
    /** The caller must hold at least one listed permission. */
    ANY
  }
}
