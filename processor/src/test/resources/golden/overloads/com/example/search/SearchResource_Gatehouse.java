package com.example.search;

import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.User;
import dev.gatehouse.runtime.internal.Authentication;
import dev.gatehouse.runtime.internal.FilterBinder;
import dev.gatehouse.runtime.internal.Gate;
import dev.gatehouse.runtime.internal.GatehouseIndex;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Gatehouse checks for {@link SearchResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class SearchResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(SearchResource.class, "find", new Class<?>[] {}, 0); // FindCheck
    binder.bind(SearchResource.class, "find", new Class<?>[] {List.class}, 1); // FindListCheck
    binder.bind(SearchResource.class, "find", new Class<?>[] {String.class}, 2); // FindStringCheck
    binder.bind(SearchResource.class, "find", new Class<?>[] {String.class, int.class},
        3); // FindStringIntCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new FindCheck(gate);
      case 1: return new FindListCheck(gate);
      case 2: return new FindStringCheck(gate);
      case 3: return new FindStringIntCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code GET /search}, {@code SearchResource.find()}.
   *
   * <ul>
   *   <li>{@code @Auth on SearchResource}
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

  /**
   * {@code POST /search}, {@code SearchResource.find(List)}.
   *
   * <ul>
   *   <li>{@code @Auth on SearchResource}
   * </ul>
   */
  static final class FindListCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FindListCheck(Gate gate) {
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
   * {@code GET /search/{term}}, {@code SearchResource.find(String)}.
   *
   * <ul>
   *   <li>{@code @Auth on SearchResource}
   * </ul>
   */
  static final class FindStringCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FindStringCheck(Gate gate) {
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
   * {@code GET /search/{term}/{page}}, {@code SearchResource.find(String, int)}.
   *
   * <ul>
   *   <li>{@code @Auth on SearchResource}
   *   <li>{@code @HasPermission("search:deep") on SearchResource.find(String, int)}
   * </ul>
   */
  static final class FindStringIntCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    FindStringIntCheck(Gate gate) {
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
      if (!user.hasPermission("search:deep")) {
        gate.forbid(request);
        return;
      }
      gate.admit(request, auth);
    }
  }
}
