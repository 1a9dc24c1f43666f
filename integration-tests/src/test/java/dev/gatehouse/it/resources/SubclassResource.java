package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.HasPermission;
import dev.gatehouse.it.support.Calls;
import jakarta.ws.rs.Path;

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
