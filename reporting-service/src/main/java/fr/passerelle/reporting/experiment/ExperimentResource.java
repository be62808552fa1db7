package fr.passerelle.reporting.experiment;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.reporting.experiment.ExperimentApi.ExperimentRequest;
import fr.passerelle.reporting.experiment.ExperimentApi.ExperimentView;
import fr.passerelle.reporting.experiment.ExperimentApi.ReviewRequest;
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

/** The register of local experiments (axis 4 of the agreement). */
@Path("/api/v1/experiments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Experiments",
    description =
        "The agreement's local experiments (\"expérimentations sur les territoires\"): proposed"
            + " and updated by the advisors and E2C staff of their territory, reviewed by"
            + " steering (PROPOSED → RUNNING → EVALUATED → EXTENDED or STOPPED)")
public class ExperimentResource {

  static final String SCOPE =
      " A Pôle emploi advisor sees the experiments whose agencies include theirs, E2C staff those"
          + " whose sites include one of theirs, steering and admin every one; another one is 404.";

  static final String REQUEST_EXAMPLE =
      """
      {"title": "Information sessions held in the Roubaix agency",
       "description": "A monthly information session of the E2C held in the agency.",
       "territory": {"agencySafirs": ["59021"]},
       "partners": ["Mission locale de Roubaix"],
       "responsible": "Chargé de mission partenariat",
       "startsOn": "2026-01-05", "endsOn": "2026-06-30",
       "objectives": ["SECURE_PATH", "LEAD_TO_JOB"]}
      """;

  static final String VIEW_EXAMPLE =
      """
      {"id": "5b0e6c1e-2f4a-4d8b-9c3e-7a1f2b3c4d5e",
       "title": "Information sessions held in the Roubaix agency",
       "description": "A monthly information session of the E2C held in the agency.",
       "territory": {"departmentCodes": [], "siteIds": [], "agencySafirs": ["59021"]},
       "partners": ["Mission locale de Roubaix"],
       "responsible": "Chargé de mission partenariat",
       "startsOn": "2026-01-05", "endsOn": "2026-06-30",
       "objectives": ["SECURE_PATH", "LEAD_TO_JOB"], "status": "PROPOSED",
       "proposedBy": "advisor-59021", "createdAt": "2025-12-01T09:30:00Z",
       "updatedAt": "2025-12-01T09:30:00Z", "version": 0}
      """;

  static final String REVIEW_EXAMPLE =
      """
      {"status": "RUNNING", "note": "Approved by the departmental steering committee."}
      """;

  private final ExperimentService experiments;

  ExperimentResource(ExperimentService experiments) {
    this.experiments = experiments;
  }

  @POST
  @Idempotent
  @Parameter(ref = Idempotent.OPENAPI_PARAMETER)
  @RolesAllowed({Roles.PE_ADVISOR, Roles.E2C_STAFF, Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "Propose an experiment",
      description =
          "Registers a local experiment, PROPOSED. An advisor or E2C staff proposes within their"
              + " own territory: its territory names their agency or one of their sites and"
              + " nothing else of anyone's (no department, no other agency or site: 422"
              + " territory-outside-scope); steering and admin name any territory. The territory"
              + " names one department, site or agency at least (400). endsOn on or after"
              + " startsOn (422 experiment-ends-before-start). The responsible is a role or"
              + " function, never a person's contact details.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ExperimentRequest.class),
              examples = @ExampleObject(name = "in an agency", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Proposed; Location and ETag set",
      content =
          @Content(
              schema = @Schema(implementation = ExperimentView.class),
              examples = @ExampleObject(name = "proposed", value = VIEW_EXAMPLE)))
  public Response propose(@Valid @NotNull ExperimentRequest request) {
    Versioned<ExperimentView> experiment = experiments.propose(request);
    return EntityTags.created(
        URI.create("/api/v1/experiments/" + experiment.view().id()), experiment);
  }

  @GET
  @RolesAllowed({Roles.PE_ADVISOR, Roles.E2C_STAFF, Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "List experiments",
      description =
          "The experiments the caller sees, filtered by status, department, site, agency or a day"
              + " within their period; by first day then id, cursor-paginated."
              + SCOPE)
  public Page<ExperimentView> list(
      @Valid @BeanParam ExperimentFilter filter, @Valid @BeanParam PageRequest page) {
    return experiments.list(filter, page);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.PE_ADVISOR, Roles.E2C_STAFF, Roles.STEERING, Roles.ADMIN})
  @Operation(summary = "Get an experiment", description = "With its version as ETag." + SCOPE)
  @APIResponse(
      responseCode = "200",
      description = "The experiment, ETag = its version",
      content =
          @Content(
              schema = @Schema(implementation = ExperimentView.class),
              examples = @ExampleObject(name = "proposed", value = VIEW_EXAMPLE)))
  public Response get(@PathParam("id") UUID id) {
    return EntityTags.ok(experiments.get(id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.PE_ADVISOR, Roles.E2C_STAFF, Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "Update an experiment",
      description =
          "Replaces the document (its status excepted, which steering reviews); If-Match"
              + " required (428 without, 412 when stale). An advisor or E2C staff adds or removes"
              + " only their own agency or sites and keeps one of them (422"
              + " territory-outside-scope)."
              + SCOPE)
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ExperimentRequest.class),
              examples = @ExampleObject(name = "in an agency", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; new ETag",
      content =
          @Content(
              schema = @Schema(implementation = ExperimentView.class),
              examples = @ExampleObject(name = "updated", value = VIEW_EXAMPLE)))
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ExperimentRequest request) {
    return EntityTags.ok(experiments.update(id, ifMatch, request));
  }

  @POST
  @Path("/{id}/status")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "Review an experiment (steering)",
      description =
          "Moves the experiment on, with the reviewer's note: PROPOSED → RUNNING or STOPPED,"
              + " RUNNING → EVALUATED, EVALUATED → EXTENDED or STOPPED; EXTENDED and STOPPED are"
              + " final. Any other move is 422 experiment-transition-not-allowed, with the"
              + " status and the allowed moves. If-Match is optional: when sent, a stale version"
              + " is 412.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ReviewRequest.class),
              examples = @ExampleObject(name = "start it", value = REVIEW_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Reviewed; new ETag",
      content = @Content(schema = @Schema(implementation = ExperimentView.class)))
  public Response review(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ReviewRequest request) {
    return EntityTags.ok(experiments.review(id, ifMatch, request));
  }
}
