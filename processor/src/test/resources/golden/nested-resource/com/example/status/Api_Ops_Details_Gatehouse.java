package com.example.status;

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
 * Gatehouse checks for {@link Api.Ops.Details}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class Api_Ops_Details_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(Api.Ops.Details.class, "get", new Class<?>[] {}, 0); // GetCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new GetCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /ops/status}, {@code Api.Ops.Details.get()}.
   *
   * <ul>
   *   <li>{@code @HasPermission("ops") on Api.Ops.Details}
   * </ul>
   */
  static final class GetCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    GetCheck(Gate gate) {
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
      if (!user.hasPermission("ops")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
