package com.example.api;

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
 * Gatehouse checks for {@link ItemResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class ItemResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(ItemResource.class, "any", new Class<?>[] {}, 0); // AnyCheck
    binder.bind(ItemResource.class, "clear", new Class<?>[] {}, 1); // ClearCheck
    binder.bindPublic(ItemResource.class, "health", new Class<?>[] {});
    binder.bind(ItemResource.class, "list", new Class<?>[] {}, 2); // ListCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new AnyCheck(gate);
      case 1: return new ClearCheck(gate);
      case 2: return new ListCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /items/any}, {@code ItemResource.any()}.
   *
   * <ul>
   *   <li>{@code @Auth on ItemResource.any()}
   * </ul>
   */
  static final class AnyCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    AnyCheck(Gate gate) {
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
      gate.admit(request, auth);
    }
  }

  /**
   * {@code DELETE /items}, {@code ItemResource.clear()}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on package com.example.api (package-info.java)}
   *   <li>{@code @HasPermission("items:delete") on ItemResource.clear()}
   * </ul>
   */
  static final class ClearCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    ClearCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.withScopes(gate.configuredBackends(), "jwt");
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Authentication auth = gate.authenticate(request, backends);
      if (!auth.isAuthenticated()) {
        gate.reject(request, auth, backends);
        return;
      }
      String scope = auth.scope();
      // The chain holds only backends of these scopes; checked again all the same.
      if (!scope.equals("jwt")) {
        gate.unauthorized(request, backends);
        return;
      }
      User user = auth.user();
      if (!user.hasPermission("items:delete")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /items}, {@code ItemResource.list()}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on package com.example.api (package-info.java)}
   * </ul>
   */
  static final class ListCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    ListCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.withScopes(gate.configuredBackends(), "jwt");
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Authentication auth = gate.authenticate(request, backends);
      if (!auth.isAuthenticated()) {
        gate.reject(request, auth, backends);
        return;
      }
      String scope = auth.scope();
      // The chain holds only backends of these scopes; checked again all the same.
      if (!scope.equals("jwt")) {
        gate.unauthorized(request, backends);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
