package com.example.orders;

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
 * Gatehouse checks for {@link OrderResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class OrderResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(OrderResource.class, "audit", new Class<?>[] {String.class}, 0); // AuditCheck
    binder.bind(OrderResource.class, "create", new Class<?>[] {String.class}, 1); // CreateCheck
    binder.bind(OrderResource.class, "delete", new Class<?>[] {String.class}, 2); // DeleteCheck
    binder.bind(OrderResource.class, "list", new Class<?>[] {}, 3); // ListCheck
    binder.bind(OrderResource.class, "update", new Class<?>[] {String.class, String.class},
        4); // UpdateCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new AuditCheck(gate);
      case 1: return new CreateCheck(gate);
      case 2: return new DeleteCheck(gate);
      case 3: return new ListCheck(gate);
      case 4: return new UpdateCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /orders/{id}/audit}, {@code OrderResource.audit(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on OrderResource}
   *   <li>{@code @HasPermission({"orders:read", "orders:audit"}) on OrderResource.audit(String)}
   * </ul>
   */
  static final class AuditCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    AuditCheck(Gate gate) {
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
      if (!user.hasPermission("orders:read") || !user.hasPermission("orders:audit")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code POST /orders}, {@code OrderResource.create(String)}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on OrderResource.create(String)}
   * </ul>
   */
  static final class CreateCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    CreateCheck(Gate gate) {
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
   * {@code DELETE /orders/{id}}, {@code OrderResource.delete(String)}.
   *
   * <ul>
   *   <li>{@code @Auth({"jwt", "session"}) on OrderResource.delete(String)}
   *   <li>{@code @HasPermission("orders:delete") on OrderResource.delete(String)}
   * </ul>
   */
  static final class DeleteCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    DeleteCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.withScopes(gate.configuredBackends(), "jwt", "session");
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
      if (!scope.equals("jwt") && !scope.equals("session")) {
        gate.unauthorized(request, backends);
        return;
      }
      User user = auth.user();
      if (!user.hasPermission("orders:delete")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /orders}, {@code OrderResource.list()}.
   *
   * <ul>
   *   <li>{@code @Auth on OrderResource}
   * </ul>
   */
  static final class ListCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    ListCheck(Gate gate) {
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
   * {@code PUT /orders/{id}}, {@code OrderResource.update(String, String)}.
   *
   * <ul>
   *   <li>{@code @Auth on OrderResource}
   *   <li>{@code @HasPermission(value = {"orders:write", "admin"}, match = ANY) on OrderResource.update(String, String)}
   * </ul>
   */
  static final class UpdateCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    UpdateCheck(Gate gate) {
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
      if (!user.hasPermission("orders:write") && !user.hasPermission("admin")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
