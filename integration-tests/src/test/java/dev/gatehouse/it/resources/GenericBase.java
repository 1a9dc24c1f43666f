package dev.gatehouse.it.resources;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.it.support.Calls;
import dev.gatehouse.it.support.ProbeReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** A generic superclass whose guarded method the subclass inherits without overriding it. */
public abstract class GenericBase<T> {

  @Context SecurityContext security;

  @POST
  @Auth("other")
  @Consumes(ProbeReader.TYPE)
  public String store(T entity) {
    return Calls.hit("stored " + entity, security);
  }
}
