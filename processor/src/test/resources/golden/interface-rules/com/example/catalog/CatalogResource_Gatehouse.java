package com.example.catalog;

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
 * Gatehouse checks for {@link CatalogResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class CatalogResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(CatalogResource.class, "add", new Class<?>[] {String.class}, 0); // AddCheck
    binder.bind(CatalogResource.class, "item", new Class<?>[] {String.class}, 1); // ItemCheck
    binder.bind(CatalogResource.class, "remove", new Class<?>[] {String.class}, 2); // RemoveCheck
    binder.bindPublic(CatalogResource.class, "search", new Class<?>[] {String.class});
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new AddCheck(gate);
      case 1: return new ItemCheck(gate);
      case 2: return new RemoveCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code POST /catalog}, {@code CatalogResource.add(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on CatalogApi}
   *   <li>{@code @HasPermission("catalog:write") on CatalogApi.add(String)}
   * </ul>
   */
  static final class AddCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    AddCheck(Gate gate) {
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
      if (!user.hasPermission("catalog:write")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /catalog/{id}}, {@code CatalogResource.item(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on CatalogApi}
   * </ul>
   */
  static final class ItemCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    ItemCheck(Gate gate) {
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
   * {@code DELETE /catalog/{id}}, {@code CatalogResource.remove(String)}.
   *
   * <ul>
   *   <li>{@code @Auth("jwt") on CatalogResource.remove(String)}
   *   <li>{@code @HasPermission("catalog:delete") on CatalogApi.remove(String)}
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
      if (!user.hasPermission("catalog:delete")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
