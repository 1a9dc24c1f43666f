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
 * Gatehouse checks for {@link DocumentResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class DocumentResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(DocumentResource.class, "edit", new Class<?>[] {String.class, String.class},
        0); // EditCheck
    binder.bindPublic(DocumentResource.class, "health", new Class<?>[] {});
    binder.bind(DocumentResource.class, "purge", new Class<?>[] {}, 1); // PurgeCheck
    binder.bind(DocumentResource.class, "read", new Class<?>[] {String.class}, 2); // ReadCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new EditCheck(gate);
      case 1: return new PurgeCheck(gate);
      case 2: return new ReadCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code PUT /documents/{id}}, {@code DocumentResource.edit(String, String)}.
   *
   * <ul>
   *   <li>{@code @Auth on DocumentResource}
   *   <li>{@code @HasPermission("documents:write") on DocumentResource.edit(String, String)}
   *   <li>{@code @RolesAllowed({"editor", "admin"}) on DocumentResource.edit(String, String)}
   * </ul>
   */
  static final class EditCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    EditCheck(Gate gate) {
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
      if (!user.hasPermission("documents:write")) {
        gate.forbid(request);
        return;
      }
      if (!user.hasPermission("editor") && !user.hasPermission("admin")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code DELETE /documents}, {@code DocumentResource.purge()}.
   *
   * <ul>
   *   <li>{@code @DenyAll on DocumentResource.purge()}
   * </ul>
   */
  static final class PurgeCheck implements ContainerRequestFilter {
    private final Gate gate;

    PurgeCheck(Gate gate) {
      this.gate = gate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      gate.forbid(request);
    }
  }

  /**
   * {@code GET /documents/{id}}, {@code DocumentResource.read(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on DocumentResource}
   *   <li>{@code @RolesAllowed({"reader", "editor"}) on DocumentResource.read(String)}
   * </ul>
   */
  static final class ReadCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    ReadCheck(Gate gate) {
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
      if (!user.hasPermission("reader") && !user.hasPermission("editor")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
