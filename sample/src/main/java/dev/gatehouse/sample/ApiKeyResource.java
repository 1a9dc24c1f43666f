package dev.gatehouse.sample;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.runtime.apikey.NewApiKey;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code /keys}: a logged-in user's API keys. Only a login (a JWT) may manage keys, never an API
 * key: a leaked key must not be able to mint its own successor.
 *
 * <ul>
 *   <li>{@code POST /keys}: a new key, shown in this response only ({@code Cache-Control:
 *       no-store}); the store keeps its hash;
 *   <li>{@code GET /keys}: the caller's keys, by id and creation time;
 *   <li>{@code DELETE /keys/{id}}: revokes one of them at once ({@code 204}; {@code 404} for an
 *       id the caller does not own).
 * </ul>
 */
@Path("/keys")
@Auth("jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

  /** The application property that holds the {@link ApiKeyStore}. */
  static final String STORE_PROPERTY = "dev.gatehouse.sample.api-keys";

  @Context private Configuration configuration;

  private ApiKeyStore store() {
    return (ApiKeyStore) configuration.getProperty(STORE_PROPERTY);
  }

  @POST
  public Response create(@Context SecurityContext security) {
    NewApiKey created = store().create(security.getUserPrincipal().getName());
    String id = ApiKeyStore.id(created.hash());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("api_key", created.key());
    body.put("header", "X-API-Key");
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.created(URI.create("/keys/" + id))
        .cacheControl(noStore)
        .entity(Json.object(body))
        .build();
  }

  @GET
  public String list(@Context SecurityContext security) {
    StringJoiner keys = new StringJoiner(",", "[", "]");
    for (ApiKeyStore.StoredKey key : store().keysOf(security.getUserPrincipal().getName())) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", key.id());
      entry.put("created", key.created().toString());
      keys.add(Json.object(entry));
    }
    return keys.toString();
  }

  @DELETE
  @Path("/{id}")
  public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
    boolean revoked = store().revoke(security.getUserPrincipal().getName(), id);
    return Response.status(revoked ? Status.NO_CONTENT : Status.NOT_FOUND).build();
  }
}
