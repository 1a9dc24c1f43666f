package dev.gatehouse.it.checks;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.Probe;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** Odd request shapes against guarded methods: overridden HTTP methods, big and broken bodies. */
@Path("/shapes")
public class ShapesResource {

  @GET
  @Path("item")
  @Auth
  public String get() {
    return Calls.hit("get");
  }

  @POST
  @Path("item")
  public String post() {
    return Calls.hit("post");
  }

  @DELETE
  @Path("item")
  @HasPermission("admin")
  public String delete() {
    return Calls.hit("delete");
  }

  @POST
  @Path("probe")
  @Consumes("application/x-probe")
  @Auth
  public String probe(Probe probe) {
    return Calls.hit("probe " + probe.text().length());
  }

  @POST
  @Path("form")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Auth
  public String form(@FormParam("n") int n) {
    return Calls.hit("form " + n);
  }
}
