package dev.gatehouse.it.checks;

import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.Probe;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** A sub-resource without rules on its methods, with a guarded locator of its own. */
public class PlainSub {

  @GET
  public String get(@Context SecurityContext security) {
    return Calls.hit("plain get", security);
  }

  @POST
  @Consumes("application/x-probe")
  public String post(Probe probe, @Context SecurityContext security) {
    return Calls.hit("plain post " + probe.text(), security);
  }

  @Path("deeper")
  @HasPermission("deep")
  public PlainSub deeper() {
    return Locators.ran("deeper", new PlainSub());
  }
}
