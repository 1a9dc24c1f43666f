package dev.gatehouse.sample;

import dev.gatehouse.annotations.Auth;
import dev.gatehouse.annotations.HasPermission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code /articles}: JWT only ({@code @Auth("jwt")} on the class). Reading needs {@code
 * articles:read}; writing needs {@code articles:write}; deleting needs ANY of {@code
 * articles:delete} or {@code admin}. Stacked rules all apply.
 */
@Path("/articles")
@Auth("jwt")
@HasPermission("articles:read")
public class ArticleResource {

  private static final List<String> ARTICLES =
      new CopyOnWriteArrayList<>(List.of("Welcome to Gatehouse"));

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    return Json.object(java.util.Map.of("articles", ARTICLES));
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @HasPermission("articles:write")
  public Response create(String title, @Context SecurityContext security) {
    ARTICLES.add(title + " (by " + security.getUserPrincipal().getName() + ")");
    return Response.status(Response.Status.CREATED).build();
  }

  @DELETE
  @Path("/{index}")
  @HasPermission(value = {"articles:delete", "admin"}, match = HasPermission.Match.ANY)
  public Response delete(@PathParam("index") int index) {
    if (index < 0 || index >= ARTICLES.size()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    ARTICLES.remove(index);
    return Response.noContent().build();
  }
}
