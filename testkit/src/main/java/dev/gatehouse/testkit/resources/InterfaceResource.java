package dev.gatehouse.testkit.resources;

import dev.gatehouse.testkit.support.Calls;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Implements {@link InterfaceApi} with no annotation on its methods. */
@Path("/iface")
public class InterfaceResource implements InterfaceApi {

  @Context SecurityContext security;

  @Override
  public String a() {
    return Calls.hit("iface a", security);
  }

  @Override
  public String b() {
    return Calls.hit("iface b", security);
  }

  @Override
  public String c() {
    return Calls.hit("iface c", security);
  }
}
