package dev.gatehouse.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The authentication backends that may authenticate requests to the annotated resource method (or
 * every resource method of the annotated class), tried in the order given; the first that
 * authenticates the caller wins.
 *
 * <p>Each class must implement {@code dev.gatehouse.runtime.AuthenticationBackend}, and an
 * instance of it must be configured in the {@code AuthenticationFeature}: the application refuses
 * to start otherwise. Without {@code @AuthBackends}, the configured backends are tried in their
 * configured order.
 *
 * <pre>{@code
 * @POST @Path("/webhook")
 * @AuthBackends({ApiKeyAuthBackend.class, JwtAuthBackend.class})   // an API key first, then a JWT
 * @Auth
 * public void receive(Event event) { ... }
 * }</pre>
 *
 * <p>{@code @AuthBackends} on its own does not require authentication: it chooses who may
 * authenticate; {@link Auth} or {@link HasPermission} requires it. A method-level
 * {@code @AuthBackends} replaces the class-level one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AuthBackends {

  /** The backend classes, in the order they are tried; at least one. */
  Class<?>[] value();
}
