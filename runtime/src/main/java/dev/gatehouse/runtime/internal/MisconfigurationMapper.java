package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.GatehouseConfigurationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A {@link GatehouseConfigurationException} thrown while a request is served: a runtime that
 * builds sub-resource models lazily (all of them) offers a sub-resource method to the dynamic
 * feature on the first request through its locator, so a rule there that cannot be met surfaces
 * then. The answer is a bare 500 on every runtime; the message, which names classes and scopes,
 * stays in the log (RESTEasy would otherwise send it as the body). Already logged by {@link
 * GatehouseDynamicFeature}.
 */
final class MisconfigurationMapper implements ExceptionMapper<GatehouseConfigurationException> {

  @Override
  public Response toResponse(GatehouseConfigurationException exception) {
    return Response.serverError().build();
  }
}
