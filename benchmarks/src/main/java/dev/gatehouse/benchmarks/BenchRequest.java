package dev.gatehouse.benchmarks;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The smallest {@link ContainerRequestContext} the filters need: a GET with headers, a security
 * context and {@code abortWith}. Everything a filter under test does not call throws, so a
 * benchmark cannot silently measure a different path.
 */
final class BenchRequest implements ContainerRequestContext {

  private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
  private final Map<String, Object> properties = new HashMap<>();
  private SecurityContext securityContext = ANONYMOUS;
  private Response abortedWith;

  /** What a runtime hands filters before anyone authenticated the request. */
  private static final SecurityContext ANONYMOUS = new RolesContext(null, role -> false, false, null);

  /** A GET without credentials. */
  BenchRequest() {}

  /** A GET with {@code Authorization: Bearer <token>}. */
  static BenchRequest bearer(String token) {
    BenchRequest request = new BenchRequest();
    request.headers.add(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    return request;
  }

  /** A GET with one header. */
  static BenchRequest withHeader(String name, String value) {
    BenchRequest request = new BenchRequest();
    request.headers.add(name, value);
    return request;
  }

  /** The status the filters ended the request with, or 200 when they let it through. */
  int status() {
    return abortedWith == null ? 200 : abortedWith.getStatus();
  }

  @Override
  public MultivaluedMap<String, String> getHeaders() {
    return headers;
  }

  @Override
  public String getHeaderString(String name) {
    List<String> values = headers.get(name);
    return values == null ? null : String.join(",", values);
  }

  @Override
  public SecurityContext getSecurityContext() {
    return securityContext;
  }

  @Override
  public void setSecurityContext(SecurityContext context) {
    this.securityContext = context;
  }

  @Override
  public void abortWith(Response response) {
    this.abortedWith = response;
  }

  @Override
  public String getMethod() {
    return "GET";
  }

  @Override
  public boolean hasEntity() {
    return false;
  }

  @Override
  public Object getProperty(String name) {
    return properties.get(name);
  }

  @Override
  public Collection<String> getPropertyNames() {
    return properties.keySet();
  }

  /** Kept, as a server keeps them: the Gatehouse filter marks each request it checked. */
  @Override
  public void setProperty(String name, Object object) {
    properties.put(name, object);
  }

  @Override
  public void removeProperty(String name) {
    properties.remove(name);
  }

  @Override
  public UriInfo getUriInfo() {
    throw unused();
  }

  @Override
  public void setRequestUri(URI requestUri) {
    throw unused();
  }

  @Override
  public void setRequestUri(URI baseUri, URI requestUri) {
    throw unused();
  }

  @Override
  public Request getRequest() {
    throw unused();
  }

  @Override
  public void setMethod(String method) {
    throw unused();
  }

  @Override
  public Date getDate() {
    throw unused();
  }

  @Override
  public Locale getLanguage() {
    throw unused();
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public MediaType getMediaType() {
    return null;
  }

  @Override
  public List<MediaType> getAcceptableMediaTypes() {
    throw unused();
  }

  @Override
  public List<Locale> getAcceptableLanguages() {
    throw unused();
  }

  @Override
  public Map<String, Cookie> getCookies() {
    return Map.of();
  }

  @Override
  public InputStream getEntityStream() {
    throw unused();
  }

  @Override
  public void setEntityStream(InputStream input) {
    throw unused();
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("not used by the filters under test");
  }
}
