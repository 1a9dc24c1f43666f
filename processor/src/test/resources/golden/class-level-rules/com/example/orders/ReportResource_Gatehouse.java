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
 * Gatehouse checks for {@link ReportResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class ReportResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(ReportResource.class, "export", new Class<?>[] {}, 0); // ExportCheck
    binder.bind(ReportResource.class, "feed", new Class<?>[] {}, 1); // FeedCheck
    binder.bind(ReportResource.class, "summary", new Class<?>[] {}, 2); // SummaryCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new ExportCheck(gate);
      case 1: return new FeedCheck(gate);
      case 2: return new SummaryCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /reports/export}, {@code ReportResource.export()}.
   *
   * <ul>
   *   <li>{@code @HasPermission("reports:export") on ReportResource.export()}
   * </ul>
   */
  static final class ExportCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    ExportCheck(Gate gate) {
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
      if (!user.hasPermission("reports:export")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /reports/feed}, {@code ReportResource.feed()}.
   *
   * <ul>
   *   <li>{@code @Auth("apikey") on ReportResource.feed()}
   *   <li>{@code @HasPermission("reports:read") on ReportResource}
   * </ul>
   */
  static final class FeedCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FeedCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.withScopes(gate.configuredBackends(), "apikey");
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
      if (!scope.equals("apikey")) {
        gate.unauthorized(request, backends);
        return;
      }
      User user = auth.user();
      if (!user.hasPermission("reports:read")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /reports}, {@code ReportResource.summary()}.
   *
   * <ul>
   *   <li>{@code @HasPermission("reports:read") on ReportResource}
   * </ul>
   */
  static final class SummaryCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    SummaryCheck(Gate gate) {
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
      if (!user.hasPermission("reports:read")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
