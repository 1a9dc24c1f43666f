package dev.gatehouse.it.startup;

import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No rules, so no generated index; {@link PartialIndex} pretends to govern half of it. */
@Path("/unindexed")
public class UnindexedResource {

  @GET
  @Path("a")
  public String a() {
    return Calls.hit("a");
  }

  @GET
  @Path("b")
  public String b() {
    return Calls.hit("b");
  }
}
