package dev.gatehouse.it.resources;

import dev.gatehouse.it.support.Probe;
import jakarta.ws.rs.Path;

@Path("/generic-base")
public class GenericBaseResource extends GenericBase<Probe> {}
