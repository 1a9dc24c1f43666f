package dev.gatehouse.it.checks;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** An unguarded root resource whose locators carry rules. */
@Path("/guarded-loc")
public class GuardedLocatorResource {

  @GET
  public String index() {
    return Calls.hit("index");
  }

  @Path("orders/{id}")
  @Auth("header")
  public PlainSub order(@PathParam("id") String id) {
    return Locators.ran("order " + id, new PlainSub());
  }

  /** Returns the class: Jersey instantiates it. */
  @Path("admin")
  @HasPermission("p")
  public Class<PlainSub> admin() {
    return Locators.ran("admin", PlainSub.class);
  }

  /** Declared as Object: only the request shows what it returns; the check runs all the same. */
  @Path("untyped")
  @Auth
  public Object untyped() {
    return Locators.ran("untyped", new PlainSub());
  }
}
