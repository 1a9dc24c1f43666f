package com.example.shop;

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
 * Gatehouse checks for {@link ShopResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class ShopResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bindLocator(ShopResource.class, "admin", new Class<?>[] {}, 0); // AdminCheck
    binder.bindPublicLocator(ShopResource.class, "catalog", new Class<?>[] {});
    binder.bind(ShopResource.class, "index", new Class<?>[] {}, 1); // IndexCheck
    binder.bindLocator(ShopResource.class, "order", new Class<?>[] {String.class}, 2); // OrderCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new AdminCheck(gate);
      case 1: return new IndexCheck(gate);
      case 2: return new OrderCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * Sub-resource locator {@code /shop/admin}, {@code ShopResource.admin()}.
   *
   * <p>Checked before the locator runs, so it guards every method of the resource it returns.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on ShopResource}
   *   <li>{@code @HasPermission("shop:admin") on ShopResource.admin()}
   * </ul>
   */
  static final class AdminCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    AdminCheck(Gate gate) {
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
      if (!user.hasPermission("shop:admin")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /shop}, {@code ShopResource.index()}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on ShopResource}
   * </ul>
   */
  static final class IndexCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    IndexCheck(Gate gate) {
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
   * Sub-resource locator {@code /shop/orders/{id}}, {@code ShopResource.order(String)}.
   *
   * <p>Checked before the locator runs, so it guards every method of the resource it returns.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on ShopResource}
   * </ul>
   */
  static final class OrderCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    OrderCheck(Gate gate) {
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
