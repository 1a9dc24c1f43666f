package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** Holds a nested resource class. */
public final class Outer {

  private Outer() {}

  /** A static nested resource: its filter class is {@code Outer_Nested_Gatehouse}. */
  @Path("/nested")
  @HasPermission("n")
  public static class Nested {

    @GET
    public String get(@Context SecurityContext security) {
      return Calls.hit("nested", security);
    }
  }
}
