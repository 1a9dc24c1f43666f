package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.AuthBackends;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.HeaderBackend;
import dev.gatehouse.it.support.OtherBackend;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/chain")
public class ChainResource {

  @GET
  @Path("configured")
  @Auth
  public String configured(@Context SecurityContext security) {
    return Calls.hit("configured", security);
  }

  @GET
  @Path("header-first")
  @Auth
  @AuthBackends({HeaderBackend.class, OtherBackend.class})
  public String headerFirst(@Context SecurityContext security) {
    return Calls.hit("header-first", security);
  }

  @GET
  @Path("other-first")
  @Auth
  @AuthBackends({OtherBackend.class, HeaderBackend.class})
  public String otherFirst(@Context SecurityContext security) {
    return Calls.hit("other-first", security);
  }

  @GET
  @Path("only-other")
  @Auth
  @AuthBackends(OtherBackend.class)
  public String onlyOther(@Context SecurityContext security) {
    return Calls.hit("only-other", security);
  }

  /** {@code @AuthBackends} without {@code @Auth}: public, but only "other" attaches a user. */
  @GET
  @Path("attach-other")
  @AuthBackends(OtherBackend.class)
  public String attachOther(@Context SecurityContext security) {
    return Calls.hit("attach-other", security);
  }
}
