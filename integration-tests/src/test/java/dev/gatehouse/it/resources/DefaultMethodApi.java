package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource method implemented as an interface default method. */
public interface DefaultMethodApi {

  @GET
  @Path("default")
  @Auth("other")
  default String viaDefault() {
    return Calls.hit("default");
  }
}
