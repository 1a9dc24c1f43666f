package dev.gatehouse.it.checks;

import dev.gatehouse.annotations.Auth;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

/** A class-level rule reaches the class's locators; a locator's @PermitAll opens it. */
@Path("/class-loc")
@Auth("other")
public class ClassRuleLocatorResource {

  @Path("x")
  public PlainSub x() {
    return Locators.ran("x", new PlainSub());
  }

  @Path("open")
  @PermitAll
  public PlainSub open() {
    return Locators.ran("open", new PlainSub());
  }
}
