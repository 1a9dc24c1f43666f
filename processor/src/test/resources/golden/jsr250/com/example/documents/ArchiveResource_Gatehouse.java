package com.example.documents;

import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.User;
import dev.gatehouse.runtime.internal.Authentication;
import dev.gatehouse.runtime.internal.FilterBinder;
import dev.gatehouse.runtime.internal.Gate;
import dev.gatehouse.runtime.internal.GatehouseIndex;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import javax.annotation.processing.Generated;

/**
 * Gatehouse checks for {@link ArchiveResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class ArchiveResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(ArchiveResource.class, "fetch", new Class<?>[] {String.class}, 0); // FetchCheck
    binder.bindPublic(ArchiveResource.class, "index", new Class<?>[] {});
    binder.bind(ArchiveResource.class, "remove", new Class<?>[] {String.class}, 1); // RemoveCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new FetchCheck(gate);
      case 1: return new RemoveCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /archive/{id}}, {@code ArchiveResource.fetch(String)}.
   *
   * <ul>
   *   <li>{@code @RolesAllowed("archivist") on ArchiveResource.fetch(String)}
   * </ul>
   */
  static final class FetchCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FetchCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.configuredBackends();
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Authentication auth = gate.authenticate(request, backends);
      if (!auth.isAuthenticated()) {
        gate.reject(request, auth, backends);
        return;
      }
      User user = auth.user();
      if (!user.hasPermission("archivist")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code DELETE /archive/{id}}, {@code ArchiveResource.remove(String)}.
   *
   * <ul>
   *   <li>{@code @DenyAll on ArchiveResource}
   * </ul>
   */
  static final class RemoveCheck implements ContainerRequestFilter {
    private final Gate gate;

    RemoveCheck(Gate gate) {
      this.gate = gate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      gate.forbid(request);
    }
  }
}
