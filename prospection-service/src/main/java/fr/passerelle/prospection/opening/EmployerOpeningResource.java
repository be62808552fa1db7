package fr.passerelle.prospection.opening;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.prospection.opening.OpeningApi.OpeningRequest;
import fr.passerelle.prospection.opening.OpeningApi.OpeningView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Openings published from a contact with an employer. */
@Path("/api/v1/prospection/employers/{employerId}/openings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Openings", description = OpeningResource.TAG)
public class EmployerOpeningResource {

  static final String EXAMPLE =
      """
      {"contactId": "5b0f9a2e-3c1d-4e8a-9b7f-2d6c4a1e8f30", "kind": "COMPANY_IMMERSION",
       "romeCode": "D1102", "title": "Immersion en boulangerie (2 semaines)",
       "communeCode": "59350", "positions": 2, "startsOn": "2026-09-01", "endsOn": "2026-09-30"}
      """;

  private final OpeningService openings;

  EmployerOpeningResource(OpeningService openings) {
    this.openings = openings;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Publish an opening of an employer (company advisor or officer)",
      description =
          "A job, apprenticeship, company immersion (PMSMP) or internship that came out of a"
              + " contact with this employer (contactId, optional: a contact of this employer, 422"
              + " contact-of-another-employer otherwise). Its commune (INSEE code) gives its"
              + " department and position and must be in the caller's territory (422"
              + " outside-territory, unknown-commune). endsOn is not before startsOn (422"
              + " ends-before-start) nor already past (422 ends-in-past); the opening expires by"
              + " itself the day after it. The title says what the opening is: no young person's"
              + " name or contact (400 for a NIR). The employer outside the caller's territory is a"
              + " 404; an admin reads and closes openings but does not publish them (403)."
              + " Publishes opening-published.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = OpeningRequest.class),
              examples = @ExampleObject(name = "immersion", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Published, OPEN",
      content = @Content(schema = @Schema(implementation = OpeningView.class)))
  public Response publish(
      @PathParam("employerId") UUID employerId, @NotNull @Valid OpeningRequest request) {
    Versioned<OpeningView> opening = openings.publish(employerId, request);
    return EntityTags.created(
        URI.create("/api/v1/prospection/openings/" + opening.view().id()), opening);
  }
}
