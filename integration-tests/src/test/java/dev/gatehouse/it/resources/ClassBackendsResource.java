package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.AuthBackends;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.OtherBackend;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Class-level @AuthBackends: only "other" may authenticate here, on every method. */
@Path("/class-backends")
@AuthBackends(OtherBackend.class)
public class ClassBackendsResource {

  @GET
  @Path("auth")
  @Auth
  public String auth(@Context SecurityContext security) {
    return Calls.hit("auth", security);
  }

  /** No access rule: public; only "other" attaches a user. */
  @GET
  @Path("plain")
  public String plain(@Context SecurityContext security) {
    return Calls.hit("plain", security);
  }

  /** @PermitAll is the JSR-250 kind; it does not replace @AuthBackends: only "other" attaches. */
  @GET
  @Path("open")
  @PermitAll
  public String open(@Context SecurityContext security) {
    return Calls.hit("open", security);
  }
}
