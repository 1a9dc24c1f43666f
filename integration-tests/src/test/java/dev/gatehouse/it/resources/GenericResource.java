package dev.gatehouse.it.resources;

import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.Probe;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/generic")
public class GenericResource implements GenericApi<Probe> {

  @Context SecurityContext security;

  @Override
  public String create(Probe entity) {
    return Calls.hit("created " + entity.text(), security);
  }
}
