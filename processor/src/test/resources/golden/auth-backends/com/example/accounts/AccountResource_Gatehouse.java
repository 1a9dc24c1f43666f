package com.example.accounts;

import com.example.auth.CookieBackend;
import com.example.auth.TokenBackend;
import dev.gatehouse.runtime.AuthenticationBackend;
import dev.gatehouse.runtime.internal.Authentication;
import dev.gatehouse.runtime.internal.FilterBinder;
import dev.gatehouse.runtime.internal.Gate;
import dev.gatehouse.runtime.internal.GatehouseIndex;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import javax.annotation.processing.Generated;

/**
 * Gatehouse checks for {@link AccountResource}, generated at compile time from its access rules.
 *
 * <p>{@code AuthenticationFeature} finds this class through {@code META-INF/services} when the
 * application starts and binds each filter below to its resource method. Do not edit: change
 * the annotations and recompile.
 */
@Generated("dev.gatehouse.processor.GatehouseProcessor")
public final class AccountResource_Gatehouse implements GatehouseIndex {
  @Override
  public void bindTo(FilterBinder binder) {
    binder.bind(AccountResource.class, "createKey", new Class<?>[] {}, 0); // CreateKeyCheck
    binder.bind(AccountResource.class, "me", new Class<?>[] {}, 1); // MeCheck
    binder.bind(AccountResource.class, "settings", new Class<?>[] {}, 2); // SettingsCheck
    binder.bind(AccountResource.class, "status", new Class<?>[] {}, 3); // StatusCheck
    binder.bind(AccountResource.class, "welcome", new Class<?>[] {}, 4); // WelcomeCheck
  }

  @Override
  public ContainerRequestFilter create(int filter, Gate gate) {
    switch (filter) {
      case 0: return new CreateKeyCheck(gate);
      case 1: return new MeCheck(gate);
      case 2: return new SettingsCheck(gate);
      case 3: return new StatusCheck(gate);
      case 4: return new WelcomeCheck(gate);
      default: throw new IllegalArgumentException("no filter " + filter);
    }
  }

  /**
   * {@code POST /accounts/keys}, {@code AccountResource.createKey()}.
   *
   * <ul>
   *   <li>{@code @AuthBackends(TokenBackend.class) on AccountResource.createKey()}
   *   <li>{@code @Auth on AccountResource.createKey()}
   * </ul>
   */
  static final class CreateKeyCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    CreateKeyCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.backends(TokenBackend.class);
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
   * {@code GET /accounts}, {@code AccountResource.me()}.
   *
   * <ul>
   *   <li>{@code @AuthBackends({TokenBackend.class, CookieBackend.class}) on AccountResource}
   *   <li>{@code @Auth on AccountResource.me()}
   * </ul>
   */
  static final class MeCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    MeCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.backends(TokenBackend.class, CookieBackend.class);
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
   * {@code GET /accounts/settings}, {@code AccountResource.settings()}.
   *
   * <ul>
   *   <li>{@code @AuthBackends({TokenBackend.class, CookieBackend.class}) on AccountResource}
   *   <li>{@code @Auth("cookie") on AccountResource.settings()}
   * </ul>
   */
  static final class SettingsCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    SettingsCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.withScopes(gate.backends(TokenBackend.class, CookieBackend.class), "cookie");
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
      if (!scope.equals("cookie")) {
        gate.unauthorized(request, backends);
        return;
      }
      gate.admit(request, auth);
    }
  }

  /**
   * {@code GET /accounts/status}, {@code AccountResource.status()}.
   *
   * <ul>
   *   <li>{@code @AuthBackends({TokenBackend.class, CookieBackend.class}) on AccountResource}
   *   <li>{@code @PermitAll on AccountResource.status()}
   * </ul>
   */
  static final class StatusCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    StatusCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.backends(TokenBackend.class, CookieBackend.class);
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Authentication auth = gate.authenticate(request, backends);
      if (auth.isAuthenticated()) {
        gate.admit(request, auth);
      }
    }
  }

  /**
   * {@code GET /accounts/welcome}, {@code AccountResource.welcome()}.
   *
   * <ul>
   *   <li>{@code @AuthBackends({TokenBackend.class, CookieBackend.class}) on AccountResource}
   * </ul>
   */
  static final class WelcomeCheck implements ContainerRequestFilter {
    private final Gate gate;

    private final AuthenticationBackend[] backends;

    WelcomeCheck(Gate gate) {
      this.gate = gate;
      this.backends = gate.backends(TokenBackend.class, CookieBackend.class);
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Authentication auth = gate.authenticate(request, backends);
      if (auth.isAuthenticated()) {
        gate.admit(request, auth);
      }
    }
  }
}
