package dev.gatehouse.testkit.resources;

import dev.gatehouse.testkit.support.Calls;
import dev.gatehouse.testkit.support.Probe;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Implements {@link GenericApi}{@code <Probe>}. */
@Path("/generic")
public class GenericResource implements GenericApi<Probe> {

  @Context SecurityContext security;

  @Override
  public String create(Probe entity) {
    return Calls.hit("created " + entity.text(), security);
  }
}
