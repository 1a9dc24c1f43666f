package dev.gatehouse.runtime.jwt;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Test-only {@link ContainerRequestContext}s: headers only, every other method throws. There is
 * deliberately no JAX-RS implementation on the runtime module's test class path.
 */
final class Requests {

  private Requests() {}

  /** A request with one {@code Authorization} header per value (none for no values). */
  static ContainerRequestContext withAuthorization(String... values) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    for (String value : values) {
      headers.add(HttpHeaders.AUTHORIZATION, value);
    }
    return withHeaders(headers);
  }

  /** A request with a bearer token. */
  static ContainerRequestContext bearer(String token) {
    return withAuthorization("Bearer " + token);
  }

  static ContainerRequestContext withHeaders(MultivaluedMap<String, String> headers) {
    return (ContainerRequestContext) Proxy.newProxyInstance(
        Requests.class.getClassLoader(),
        new Class<?>[] {ContainerRequestContext.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "getHeaders":
              return headers;
            case "getHeaderString": {
              List<String> values = headers.get((String) args[0]);
              return values == null ? null : String.join(",", values);
            }
            case "toString":
              return "TestRequest" + headers;
            case "hashCode":
              return System.identityHashCode(proxy);
            case "equals":
              return proxy == args[0];
            default:
              throw new UnsupportedOperationException(
                  "test request: " + method.getName() + " is not available");
          }
        });
  }
}
