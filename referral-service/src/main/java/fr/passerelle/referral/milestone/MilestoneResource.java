package fr.passerelle.referral.milestone;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.referral.milestone.MilestoneApi.MilestoneView;
import fr.passerelle.referral.milestone.MilestoneApi.RecordMilestone;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Milestones of a path in progress. */
@Path("/api/v1/referrals/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Path")
@RolesAllowed({Roles.PE_ADVISOR, Roles.PE_SYSTEM, Roles.E2C_STAFF})
public class MilestoneResource {

  private final MilestoneService milestones;

  MilestoneResource(MilestoneService milestones) {
    this.milestones = milestones;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @Operation(
      summary = "Record a milestone (E2C)",
      description =
          "On a referral IN_PATH, dated within the path (startsOn not before its first day, else"
              + " 422 date-before-path): a skills certificate, a company immersion (PMSMP) or an"
              + " internship (employer SIRET and both dates), a mid-path review, or an inclusion"
              + " step (HOUSING, HEALTH_ACCESS, MOBILITY, CIVIC_ENGAGEMENT, SOCIAL_RIGHTS)."
              + " Publishes milestone-recorded, except for HEALTH_ACCESS, which, like the HEALTH"
              + " barrier, does not leave the service.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = MilestoneView.class)))
  public Response record(@PathParam("id") UUID id, @NotNull @Valid RecordMilestone request) {
    MilestoneView milestone = milestones.record(id, request);
    return Response.created(URI.create("/api/v1/referrals/" + id + "/milestones/" + milestone.id()))
        .entity(milestone)
        .build();
  }

  @GET
  @Operation(summary = "List the milestones", description = "In date order, one page at a time.")
  public Page<MilestoneView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return milestones.list(id, page);
  }
}
