package fr.passerelle.prospection.jointaction;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.prospection.jointaction.JointActionApi.JointActionView;
import fr.passerelle.prospection.jointaction.JointActionApi.RecordJointAction;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Employer events both networks organised together. */
@Path("/api/v1/prospection/joint-actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Joint actions",
    description =
        "Employer events both networks organise together (job dating, company visit for E2C"
            + " learners, recruitment forum); attendance is a count, never names")
public class JointActionResource {

  static final String EXAMPLE =
      """
      {"kind": "JOB_DATING", "title": "Job dating des métiers de bouche",
       "heldOn": "2026-03-12", "communeCode": "59350",
       "siteIds": ["3f0c1e6a-8d1b-4c55-9a0e-2b7d5f1c9e01"], "agencySafirs": ["59021"],
       "employerIds": ["7b1e4c2d-5a6f-4e3b-8c9d-0a1b2c3d4e5f"], "youngPeopleCount": 24}
      """;

  private final JointActionService jointActions;

  JointActionResource(JointActionService jointActions) {
    this.jointActions = jointActions;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER})
  @Operation(
      summary = "Record a joint action (company advisor or officer)",
      description =
          "Once held (heldOn today or before: 422 date-in-future): its kind, title, day, commune"
              + " (INSEE code; its department must be in the caller's territory: 422"
              + " outside-territory, unknown-commune), the organising E2C sites and Pôle emploi"
              + " agencies — at least one of each, as the directory published them (422"
              + " unknown-site, unknown-agency) — the employers that took part (of the caller's"
              + " territory: 404 otherwise) and the number of young people who attended: a count,"
              + " never names; no young person's name or contact in the title either. Publishes"
              + " joint-action-held.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = RecordJointAction.class),
              examples = @ExampleObject(name = "job dating", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = JointActionView.class)))
  public Response record(@NotNull @Valid RecordJointAction request) {
    JointActionView action = jointActions.record(request);
    return Response.created(URI.create("/api/v1/prospection/joint-actions/" + action.id()))
        .entity(action)
        .build();
  }

  @GET
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "List the joint actions of the caller's territory",
      description =
          "By department and span of days (both optional), by day then id, cursor-paginated."
              + " An admin lists every department.")
  public Page<JointActionView> list(
      @Valid @BeanParam JointActionFilter filter, @Valid @BeanParam PageRequest page) {
    return jointActions.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.PE_COMPANY_ADVISOR, Roles.E2C_COMPANY_OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Get a joint action",
      description = "404 outside the caller's territory (its commune's department).")
  @APIResponse(
      responseCode = "200",
      description = "The joint action",
      content = @Content(schema = @Schema(implementation = JointActionView.class)))
  public JointActionView get(@PathParam("id") UUID id) {
    return jointActions.get(id);
  }
}
