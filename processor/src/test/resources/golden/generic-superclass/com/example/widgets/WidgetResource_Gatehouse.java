package com.example.widgets;

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
 * Gatehouse checks for {@link WidgetResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class WidgetResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(WidgetResource.class, "create", new Class<?>[] {Widget.class}, 0); // CreateCheck
    binder.bind(WidgetResource.class, "create", new Class<?>[] {Object.class}, 0); // CreateCheck
    binder.bind(WidgetResource.class, "find", new Class<?>[] {String.class}, 1); // FindCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new CreateCheck(gate);
      case 1: return new FindCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code POST /widgets}, {@code WidgetResource.create(Widget)}.
   *
   * <ul>
   *   <li>{@code @Auth on WidgetResource}
   *   <li>{@code @HasPermission("widgets:write") on CrudResource.create(T)}
   * </ul>
   */
  static final class CreateCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    CreateCheck(Gate gate) {
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
      if (!user.hasPermission("widgets:write")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /widgets/{id}}, {@code WidgetResource.find(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on WidgetResource}
   * </ul>
   */
  static final class FindCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FindCheck(Gate gate) {
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
}
