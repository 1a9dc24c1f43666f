package com.example.health;

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
 * Gatehouse checks for {@link HealthCheck}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class HealthCheck_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(HealthCheck.class, "check", new Class<?>[] {String.class}, 0); // CheckStringCheck
    binder.bind(HealthCheck.class, "check", new Class<?>[] {String.class, int.class},
        1); // CheckStringIntCheck
    binder.bind(HealthCheck.class, "check2", new Class<?>[] {}, 2); // Check2Check
    binder.bind(HealthCheck.class, "files", new Class<?>[] {String.class}, 3); // FilesCheck
    binder.bind(HealthCheck.class, "health", new Class<?>[] {}, 4); // Health2Check
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new CheckStringCheck(gate);
      case 1: return new CheckStringIntCheck(gate);
      case 2: return new Check2Check(gate);
      case 3: return new FilesCheck(gate);
      case 4: return new Health2Check(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /health/{name}}, {@code HealthCheck.check(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on HealthCheck}
   * </ul>
   */
  static final class CheckStringCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    CheckStringCheck(Gate gate) {
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
   * {@code GET /health/{name}/{level}}, {@code HealthCheck.check(String, int)}.
   *
   * <ul>
   *   <li>{@code @Auth on HealthCheck}
   * </ul>
   */
  static final class CheckStringIntCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    CheckStringIntCheck(Gate gate) {
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
   * {@code GET /health/v2}, {@code HealthCheck.check2()}.
   *
   * <ul>
   *   <li>{@code @Auth on HealthCheck}
   * </ul>
   */
  static final class Check2Check implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    Check2Check(Gate gate) {
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
   * {@code GET /health/files/{rest: .*&#47;?}}, {@code HealthCheck.files(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on HealthCheck}
   *   <li>{@code @HasPermission("files:*&#47;read") on HealthCheck.files(String)}
   * </ul>
   */
  static final class FilesCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FilesCheck(Gate gate) {
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
      if (!user.hasPermission("files:*/read")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /health}, {@code HealthCheck.health()}.
   *
   * <ul>
   *   <li>{@code @Auth on HealthCheck}
   * </ul>
   */
  static final class Health2Check implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    Health2Check(Gate gate) {
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
