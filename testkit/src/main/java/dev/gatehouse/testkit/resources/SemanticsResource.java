package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.runtime.User;
import dev.gatehouse.testkit.support.Calls;
import dev.gatehouse.testkit.support.Probe;
import dev.gatehouse.testkit.support.ProbeReader;
import jakarta.annotation.security.DenyAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** One endpoint per row of the semantics table. */
@Path("/s")
public class SemanticsResource {

  @GET
  @Path("protected")
  @Auth
  public String protectedGet(@Context SecurityContext security) {
    return Calls.hit("protected", security);
  }

  @POST
  @Path("protected")
  @Auth
  @Consumes(ProbeReader.TYPE)
  public String protectedPost(Probe probe, @Context SecurityContext security) {
    return Calls.hit("posted " + probe.text(), security);
  }

  @GET
  @Path("perm")
  @HasPermission("read")
  public String perm(@Context SecurityContext security) {
    return Calls.hit("perm", security);
  }

  @POST
  @Path("perm")
  @HasPermission("write")
  @Consumes(ProbeReader.TYPE)
  public String permPost(Probe probe, @Context SecurityContext security) {
    return Calls.hit("wrote " + probe.text(), security);
  }

  @GET
  @Path("any")
  @HasPermission(value = {"editor", "admin"}, match = HasPermission.Match.ANY)
  public String any(@Context SecurityContext security) {
    return Calls.hit("any", security);
  }

  @GET
  @Path("other-only")
  @Auth("other")
  public String otherOnly(@Context SecurityContext security) {
    return Calls.hit("other-only", security);
  }

  @GET
  @Path("deny")
  @DenyAll
  public String deny() {
    return Calls.hit("deny");
  }

  @POST
  @Path("deny")
  @DenyAll
  @Consumes(ProbeReader.TYPE)
  public String denyPost(Probe probe) {
    return Calls.hit("deny " + probe.text());
  }

  @GET
  @Path("context")
  @Auth
  public String context(@Context SecurityContext security) {
    User user = (User) security.getUserPrincipal();
    return Calls.hit("context", security)
        + " display=" + user.displayName()
        + " read=" + security.isUserInRole("read")
        + " write=" + security.isUserInRole("write");
  }

  @GET
  @Path("public")
  public String open(@Context SecurityContext security) {
    return Calls.hit("public", security) + " read=" + security.isUserInRole("read");
  }

  @POST
  @Path("public")
  @Consumes(ProbeReader.TYPE)
  public String openPost(Probe probe, @Context SecurityContext security) {
    return Calls.hit("public " + probe.text(), security);
  }
}
