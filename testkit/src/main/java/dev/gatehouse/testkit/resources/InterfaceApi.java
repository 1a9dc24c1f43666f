package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Resource methods and rules declared on an interface; {@link InterfaceResource} carries none. */
@HasPermission("iface")
public interface InterfaceApi {

  /** Scope "other" (method) and permission "iface" (interface). */
  @GET
  @Path("a")
  @Auth("other")
  String a();

  /** Permission "iface" (interface), any scope. */
  @GET
  @Path("b")
  String b();

  @GET
  @Path("c")
  @PermitAll
  String c();
}
