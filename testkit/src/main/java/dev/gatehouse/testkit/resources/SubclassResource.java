package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.testkit.support.Calls;
import jakarta.ws.rs.Path;

/** Extends {@link AbstractGuardedResource}. */
@Path("/sub")
public class SubclassResource extends AbstractGuardedResource {

  @Override
  public String y() {
    return Calls.hit("y", security);
  }

  @Override
  @HasPermission("zz")
  public String z() {
    return Calls.hit("z", security);
  }
}
