package fr.passerelle.reporting.rebuild;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.reporting.rebuild.RebuildApi.RebuildView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rebuild", description = "Rebuilding every projection from the start of the topics")
public class RebuildResource {

  private final RebuildService rebuilds;

  RebuildResource(RebuildService rebuilds) {
    this.rebuilds = rebuilds;
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Rebuild every projection",
      description =
          "Admins only. Reads every event from the start of the topics into a new generation"
              + " while the current one keeps serving, then switches to it, applies the events"
              + " published meanwhile and removes the old generation. One rebuild at a time: 409"
              + " while one runs. Answers at once; follow it at Location.")
  @APIResponseSchema(
      value = RebuildView.class,
      responseCode = "202",
      responseDescription = "Started; Location is the rebuild to follow")
  public Response start() {
    RebuildView rebuild = rebuilds.start();
    return Response.accepted(rebuild)
        .location(URI.create("/api/v1/indicators/rebuilds/" + rebuild.id()))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "How far a rebuild is",
      description =
          "Admins only. Its phase, events done of the total, events per second and the seconds"
              + " left while it reads; DONE once switched and caught up, FAILED with why.")
  @APIResponseSchema(
      value = RebuildView.class,
      responseCode = "200",
      responseDescription = "The rebuild")
  public RebuildView get(@PathParam("id") UUID id) {
    return rebuilds.get(id);
  }
}
