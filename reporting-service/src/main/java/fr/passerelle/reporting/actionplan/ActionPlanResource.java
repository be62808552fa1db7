package fr.passerelle.reporting.actionplan;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.reporting.actionplan.ActionPlanApi.CommitmentRequest;
import fr.passerelle.reporting.actionplan.ActionPlanApi.CommitmentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

/** The agreement's action plan (axis 5): its commitments and how they stand. */
@Path("/api/v1/action-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Action plan",
    description =
        "\"Le suivi des actions engagées\": the agreement's commitments, their owner, due date"
            + " and status, and the indicator that shows their progress; written by steering,"
            + " read by every role of the agreement")
public class ActionPlanResource {

  static final String REQUEST_EXAMPLE =
      """
      {"title": "Every E2C site paired with its local agencies",
       "owner": "Réseau E2C France", "dueOn": "2026-06-30", "status": "IN_PROGRESS",
       "indicator": "coverage.pairedSites"}
      """;

  static final String VIEW_EXAMPLE =
      """
      {"id": "0c9a7f3e-1b2d-4e5f-8a9b-0c1d2e3f4a5b",
       "title": "Every E2C site paired with its local agencies",
       "owner": "Réseau E2C France", "dueOn": "2026-06-30", "status": "IN_PROGRESS",
       "late": false, "indicator": "coverage.pairedSites",
       "createdAt": "2025-12-01T09:30:00Z", "updatedAt": "2025-12-01T09:30:00Z", "version": 0}
      """;

  private final ActionPlanService actionPlan;

  ActionPlanResource(ActionPlanService actionPlan) {
    this.actionPlan = actionPlan;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "Add a commitment (steering)",
      description =
          "A commitment of the agreement: title, owner (an organisation or a function), due"
              + " date, status, and where one fits the indicator measure that shows its progress"
              + " and the department or region it concerns (not both: 400).")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = CommitmentRequest.class),
              examples = @ExampleObject(name = "pairings", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Added; Location and ETag set",
      content =
          @Content(
              schema = @Schema(implementation = CommitmentView.class),
              examples = @ExampleObject(name = "pairings", value = VIEW_EXAMPLE)))
  public Response create(@Valid @NotNull CommitmentRequest request) {
    Versioned<CommitmentView> commitment = actionPlan.create(request);
    return EntityTags.created(
        URI.create("/api/v1/action-plan/" + commitment.view().id()), commitment);
  }

  @GET
  @RolesAllowed({Roles.PE_ADVISOR, Roles.E2C_STAFF, Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "List the action plan",
      description =
          "Every commitment, filtered by status, lateness, department or region; by due date then"
              + " id, cursor-paginated.")
  public Page<CommitmentView> list(
      @Valid @BeanParam ActionPlanFilter filter, @Valid @BeanParam PageRequest page) {
    return actionPlan.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.PE_ADVISOR, Roles.E2C_STAFF, Roles.STEERING, Roles.ADMIN})
  @Operation(summary = "Get a commitment", description = "With its version as ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The commitment, ETag = its version",
      content =
          @Content(
              schema = @Schema(implementation = CommitmentView.class),
              examples = @ExampleObject(name = "pairings", value = VIEW_EXAMPLE)))
  public Response get(@PathParam("id") UUID id) {
    return EntityTags.ok(actionPlan.get(id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "Update a commitment (steering)",
      description =
          "Replaces the document, its status included; If-Match required (428 without, 412 when"
              + " stale).")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = CommitmentRequest.class),
              examples = @ExampleObject(name = "pairings", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; new ETag",
      content =
          @Content(
              schema = @Schema(implementation = CommitmentView.class),
              examples = @ExampleObject(name = "pairings", value = VIEW_EXAMPLE)))
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CommitmentRequest request) {
    return EntityTags.ok(actionPlan.update(id, ifMatch, request));
  }
}
