package fr.passerelle.directory.pairing;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.directory.access.DirectoryReader;
import fr.passerelle.directory.pairing.PairingApi.PairingRequest;
import fr.passerelle.directory.pairing.PairingApi.PairingView;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pairings", description = "The map of local partnerships between agencies and sites")
public class PairingResource {

  /** An ended pairing, as GET /pairings/{id} answers it. */
  static final String ENDED_EXAMPLE =
      """
      {"id": "0b7e1c52-3f7e-4f5e-9d1a-6c2b8f4e7a10",
       "agencyId": "5d2f0a9e-8b41-4c3e-a7f6-2e9c1b0d4f83",
       "siteId": "c4a8e2f1-6b3d-4e59-9a7c-1f0e2d3b4a56",
       "since": "2023-09-01",
       "endedOn": "2026-06-30", "endedAt": "2026-06-30T14:05:00Z",
       "version": 3, "updatedAt": "2026-06-30T14:05:00Z"}
      """;

  static final String ENDED_CONFLICT_EXAMPLE =
      """
      {"type": "urn:passerelle:problem:conflict", "title": "Conflict", "status": 409,
       "detail": "the pairing has ended", "instance": "/api/v1/pairings/0b7e1c52-3f7e-4f5e-9d1a-6c2b8f4e7a10",
       "endedOn": "2026-06-30"}
      """;

  private static final String PAIRING_ID = "0b7e1c52-3f7e-4f5e-9d1a-6c2b8f4e7a10";

  private final PairingService pairings;

  PairingResource(PairingService pairings) {
    this.pairings = pairings;
  }

  @GET
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(
      summary = "List pairings",
      description =
          "Active pairings, optionally of one site or one agency; with includeEnded=true, the"
              + " ended ones too (endedOn set), e.g. GET /api/v1/pairings?siteId=…&includeEnded=true"
              + " for a site's whole history.")
  public Page<PairingView> list(
      @BeanParam PairingFilter filter, @Valid @BeanParam PageRequest page) {
    return pairings.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({DirectoryReader.ROLE, Roles.STEERING})
  @Operation(
      summary = "Get a pairing",
      description =
          "Active or ended (an ended pairing still reads, with endedOn and endedAt). With its"
              + " version as ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The pairing, ETag = its version",
      content =
          @Content(
              schema = @Schema(implementation = PairingView.class),
              examples = @ExampleObject(name = "ended", value = ENDED_EXAMPLE)))
  public Response get(@PathParam("id") @Parameter(example = PAIRING_ID) UUID id) {
    PairingView pairing = pairings.get(id);
    return EntityTags.ok(pairing, pairing.version());
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Pair an agency with a site",
      description =
          "Directory admins only; one active pairing per agency and site (409 with existingId);"
              + " once that pairing has ended, the agency and the site may be paired again."
              + " Publishes pairing-created.")
  @APIResponseSchema(
      value = PairingView.class,
      responseCode = "201",
      responseDescription = "Created; Location and ETag set")
  public Response create(@Valid @NotNull PairingRequest request) {
    PairingView pairing = pairings.create(request);
    return EntityTags.created(
        URI.create("/api/v1/pairings/" + pairing.id()), pairing, pairing.version());
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "Update a pairing",
      description =
          "Directory admins only; If-Match required. An ended pairing no longer changes (409 with"
              + " endedOn): pair the agency and the site again instead. Publishes pairing-updated.")
  @APIResponseSchema(
      value = PairingView.class,
      responseCode = "200",
      responseDescription = "Updated; new ETag")
  @APIResponse(
      responseCode = "409",
      description =
          "The pairing has ended, or the agency and the site are already paired (existingId)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "Problem"),
              examples = @ExampleObject(name = "ended", value = ENDED_CONFLICT_EXAMPLE)))
  public Response update(
      @PathParam("id") @Parameter(example = PAIRING_ID) UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PairingRequest request) {
    PairingView pairing = pairings.update(id, ifMatch, request);
    return EntityTags.ok(pairing, pairing.version());
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTORY_ADMIN})
  @Operation(
      summary = "End a pairing",
      description =
          "Directory admins only. The pairing is not deleted: it ends today (endedOn, Europe/Paris;"
              + " endedAt), still reads by id and in lists with includeEnded=true, no longer"
              + " changes, and the agency and the site may be paired again. Ending an ended"
              + " pairing changes nothing (204). Publishes pairing-ended.")
  @APIResponse(responseCode = "204", description = "Ended (or had already ended)")
  public Response delete(@PathParam("id") @Parameter(example = PAIRING_ID) UUID id) {
    pairings.end(id);
    return Response.noContent().build();
  }
}
