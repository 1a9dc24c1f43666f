package dev.gatehouse.testkit.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.testkit.support.ProbeReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;

/** A generic interface: the implementation's method has a bridge method. */
public interface GenericApi<T> {

  @POST
  @Auth
  @Consumes(ProbeReader.TYPE)
  String create(T entity);
}
