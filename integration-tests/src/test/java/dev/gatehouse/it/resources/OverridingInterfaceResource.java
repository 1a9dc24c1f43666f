package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Implements {@link InterfaceApi}; its own class-level @HasPermission replaces the interface's. */
@Path("/iface-impl")
@HasPermission("impl")
public class OverridingInterfaceResource implements InterfaceApi {

  @Context SecurityContext security;

  @Override
  public String a() {
    return Calls.hit("impl a", security);
  }

  @Override
  public String b() {
    return Calls.hit("impl b", security);
  }

  @Override
  public String c() {
    return Calls.hit("impl c", security);
  }
}
