package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Class-level rules and what method-level ones do to them: a method-level annotation replaces the
 * class-level one of its kind; kinds combine.
 */
@Path("/prec")
@Auth("header")
@HasPermission("base")
public class PrecedenceResource {

  /** The class rules: scope "header" and permission "base". */
  @GET
  @Path("inherit")
  public String inherit(@Context SecurityContext security) {
    return Calls.hit("inherit", security);
  }

  /** Scope "header" (class) and permission "special" (replaces "base"). */
  @GET
  @Path("replace-permission")
  @HasPermission("special")
  public String replacePermission(@Context SecurityContext security) {
    return Calls.hit("replace-permission", security);
  }

  /** Scope "other" (replaces "header") and permission "base" (class). */
  @GET
  @Path("replace-scope")
  @Auth("other")
  public String replaceScope(@Context SecurityContext security) {
    return Calls.hit("replace-scope", security);
  }

  /** Any scope (replaces "header") and permission "base" (class). */
  @GET
  @Path("any-scope")
  @Auth
  public String anyScope(@Context SecurityContext security) {
    return Calls.hit("any-scope", security);
  }

  /** Public: @PermitAll overrides the class rules. */
  @GET
  @Path("open")
  @PermitAll
  public String open(@Context SecurityContext security) {
    return Calls.hit("open", security);
  }

  /** Scope "header", permission "base", and one of r1, r2. */
  @GET
  @Path("roles")
  @RolesAllowed({"r1", "r2"})
  public String roles(@Context SecurityContext security) {
    return Calls.hit("roles", security);
  }

  @GET
  @Path("denied")
  @DenyAll
  public String denied() {
    return Calls.hit("denied");
  }

  /** Scope "header", and p1 and p2. */
  @GET
  @Path("all")
  @HasPermission({"p1", "p2"})
  public String all(@Context SecurityContext security) {
    return Calls.hit("all", security);
  }

  /** Scope "header", and p1 or p2. */
  @GET
  @Path("any")
  @HasPermission(value = {"p1", "p2"}, match = HasPermission.Match.ANY)
  public String any(@Context SecurityContext security) {
    return Calls.hit("any", security);
  }
}
