package com.example.admin;

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
 * Gatehouse checks for {@link UserAdminResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class UserAdminResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(UserAdminResource.class, "find", new Class<?>[] {String.class}, 0); // FindCheck
    binder.bind(UserAdminResource.class, "list", new Class<?>[] {}, 1); // ListCheck
    binder.bind(UserAdminResource.class, "remove", new Class<?>[] {String.class}, 2); // RemoveCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new FindCheck(gate);
      case 1: return new ListCheck(gate);
      case 2: return new RemoveCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /admin/users/{id}}, {@code UserAdminResource.find(String)}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on AdminResource}
   *   <li>{@code @HasPermission("admin:read") on AdminResource.find(String)}
   * </ul>
   */
  static final class FindCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FindCheck(Gate gate) {
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
      if (!user.hasPermission("admin:read")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /admin/users}, {@code UserAdminResource.list()}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on AdminResource}
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

  /**
   * {@code DELETE /admin/users/{id}}, {@code UserAdminResource.remove(String)}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on AdminResource}
   *   <li>{@code @HasPermission("admin:delete") on AdminResource.remove(String)}
   * </ul>
   */
  static final class RemoveCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    RemoveCheck(Gate gate) {
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
      if (!user.hasPermission("admin:delete")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
