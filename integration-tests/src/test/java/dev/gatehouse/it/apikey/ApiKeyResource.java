package dev.gatehouse.it.apikey;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.AuthBackends;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.Probe;
import dev.gatehouse.it.support.ProbeReader;
import dev.gatehouse.runtime.apikey.ApiKeyAuthBackend;
import dev.gatehouse.runtime.jwt.JwtAuthBackend;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** API keys alone, in chains with JWT, with permissions, and on a public endpoint. */
@Path("/ak")
public class ApiKeyResource {

  @GET
  @Path("key-only")
  @Auth("apikey")
  public String keyOnly(@Context SecurityContext security) {
    return Calls.hit("key-only", security);
  }

  @POST
  @Path("key-only")
  @Auth("apikey")
  @Consumes(ProbeReader.TYPE)
  public String keyOnlyPost(Probe probe, @Context SecurityContext security) {
    return Calls.hit("posted " + probe.text(), security);
  }

  @GET
  @Path("any")
  @Auth
  public String any(@Context SecurityContext security) {
    return Calls.hit("any", security);
  }

  @GET
  @Path("key-then-jwt")
  @Auth
  @AuthBackends({ApiKeyAuthBackend.class, JwtAuthBackend.class})
  public String keyThenJwt(@Context SecurityContext security) {
    return Calls.hit("key-then-jwt", security);
  }

  @GET
  @Path("jwt-then-key")
  @Auth({"jwt", "apikey"})
  @AuthBackends({JwtAuthBackend.class, ApiKeyAuthBackend.class})
  public String jwtThenKey(@Context SecurityContext security) {
    return Calls.hit("jwt-then-key", security);
  }

  @GET
  @Path("admin")
  @Auth("apikey")
  @HasPermission("admin")
  public String admin(@Context SecurityContext security) {
    return Calls.hit("admin", security);
  }

  @GET
  @Path("public")
  public String open(@Context SecurityContext security) {
    return Calls.hit("public", security);
  }
}
