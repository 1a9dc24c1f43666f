package dev.gatehouse.it.resources;

import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/dm")
public class DefaultMethodResource implements DefaultMethodApi {

  @GET
  @Path("own")
  public String own() {
    return Calls.hit("own");
  }
}
