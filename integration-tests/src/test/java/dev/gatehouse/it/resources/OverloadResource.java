package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.Probe;
import dev.gatehouse.it.support.ProbeReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Overloads with different rules, and a method whose name collides with an overload's filter. */
@Path("/over")
public class OverloadResource {

  @GET
  @Auth("header")
  public String item(@Context SecurityContext security) {
    return Calls.hit("item()", security);
  }

  @POST
  @Auth("other")
  @Consumes(ProbeReader.TYPE)
  public String item(Probe probe, @Context SecurityContext security) {
    return Calls.hit("item(Probe) " + probe.text(), security);
  }

  @GET
  @Path("{id}")
  @HasPermission("p")
  public String item(@PathParam("id") String id, @Context SecurityContext security) {
    return Calls.hit("item(" + id + ")", security);
  }

  @GET
  @Path("two/x")
  @jakarta.annotation.security.DenyAll
  public String item2() {
    return Calls.hit("item2()");
  }
}
