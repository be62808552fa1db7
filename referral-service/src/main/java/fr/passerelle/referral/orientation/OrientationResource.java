package fr.passerelle.referral.orientation;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.orientation.OrientationApi.Orient;
import fr.passerelle.referral.orientation.OrientationApi.OrientationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Information-only orientations to E2C information sessions. */
@Path("/api/v1/orientations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Orientations",
    description =
        "A young person sent by a Pôle emploi advisor to an E2C information session, without a"
            + " referral: a seat and what the E2C needs to welcome them")
public class OrientationResource {

  static final String EXAMPLE =
      """
      {"agencySafir": "59021", "siteId": "7f0c6a8e-55a4-4e8b-9d38-2f1c1c1e5a01",
       "sessionId": "3b9d2f4e-8a61-4c55-b2f0-6d1e9a7c4b12",
       "youngPerson": {"firstName": "Camille",
         "contact": {"phone": "+33612345678", "preferredChannel": "SMS"}}}
      """;

  private final OrientationService orientations;

  OrientationResource(OrientationService orientations) {
    this.orientations = orientations;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM})
  @Operation(
      summary = "Orient a young person to an information session (advisor)",
      description =
          "Books a seat in an information session of an active E2C site for the advisor's"
              + " agency (the Pôle emploi system names the agency, known to the directory), with"
              + " only a first name and a contact: no diagnostic, no referral. A full, cancelled"
              + " or started session is a 409 from the directory. Seen by the agency and the"
              + " site's staff only. The young person may later be referred: a submission naming"
              + " orientationId turns it into that referral. The name and contact are erased a"
              + " few months after the session. Publishes orientation-changed (BOOKED).")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = Orient.class),
              examples = @ExampleObject(name = "orientation", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Booked",
      content = @Content(schema = @Schema(implementation = OrientationView.class)))
  public Response orient(@NotNull @Valid Orient request) {
    OrientationView orientation = orientations.orient(request);
    return Response.created(URI.create("/api/v1/orientations/" + orientation.id()))
        .entity(orientation)
        .build();
  }

  @GET
  @RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM, Roles.E2C_STAFF})
  @Operation(
      summary = "List the orientations in the caller's scope",
      description =
          "An advisor sees their agency's, E2C staff their sites' (to welcome the young people),"
              + " the Pôle emploi system those it made; optionally for one session. Oldest first,"
              + " cursor-paginated.")
  public Page<OrientationView> list(
      @QueryParam("sessionId") @Parameter(description = "Only this session's") UUID sessionId,
      @Valid @BeanParam PageRequest page) {
    return orientations.list(sessionId, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM, Roles.E2C_STAFF})
  @Operation(summary = "Get an orientation", description = "404 outside the caller's scope.")
  public OrientationView get(@PathParam("id") UUID id) {
    return orientations.get(id);
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Path("/{id}/cancellation")
  @RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM})
  @Operation(
      summary = "Cancel an orientation (advisor)",
      description =
          "By the agency that booked it: the seat goes back to the session. 409 once cancelled"
              + " or turned into a referral; 404 outside the caller's scope. Publishes"
              + " orientation-changed (CANCELLED).")
  public OrientationView cancel(@PathParam("id") UUID id) {
    return orientations.cancel(id);
  }
}
