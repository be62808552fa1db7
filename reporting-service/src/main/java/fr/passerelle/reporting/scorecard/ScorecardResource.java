package fr.passerelle.reporting.scorecard;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.reporting.access.ReportingScope;
import fr.passerelle.reporting.config.ReportingConfig;
import fr.passerelle.reporting.indicator.SmallNumbers;
import fr.passerelle.reporting.indicator.TerritoryQuery;
import fr.passerelle.reporting.scorecard.ScorecardApi.Scorecard;
import fr.passerelle.reporting.scorecard.ScorecardApi.Targets;
import fr.passerelle.reporting.scorecard.ScorecardApi.TargetsUpdate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecard", description = "The agreement's scorecard (axis 5) and its yearly targets")
public class ScorecardResource {

  private final ScorecardService scorecards;
  private final ReportingScope scope;
  private final ReportingConfig config;

  ScorecardResource(ScorecardService scorecards, ReportingScope scope, ReportingConfig config) {
    this.scorecards = scorecards;
    this.scope = scope;
    this.config = config;
  }

  @GET
  @Path("/scorecard")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "The agreement's scorecard",
      description =
          "For each of the agreement's five axes: its indicators, the year's target (set by"
              + " steering, or the figure the agreement names for the whole country), the value"
              + " from the agreement year's start to today, and the same days a year before with"
              + " the trend. The small-numbers rule applies as in every table. E2C staff and"
              + " advisors read their own territory.")
  @APIResponseSchema(
      value = Scorecard.class,
      responseCode = "200",
      responseDescription = "The scorecard")
  public Scorecard scorecard(
      @Valid @BeanParam TerritoryQuery territory,
      @QueryParam("agreementYear")
          @Min(1)
          @Max(20)
          @Parameter(
              description = "The year of the agreement (1 to 3); default the current one",
              example = "2")
          Integer agreementYear) {
    return scorecards.scorecard(
        scope.visible(territory.territory()),
        agreementYear,
        new SmallNumbers(config.smallNumbersBelow(), scope.smallNumbersApply()));
  }

  @GET
  @Path("/targets/{agreementYear}")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "The targets of an agreement year",
      description =
          "The targets steering set for the year (empty until set), ETag = their version.")
  @APIResponseSchema(
      value = Targets.class,
      responseCode = "200",
      responseDescription = "The targets")
  public Response targets(
      @PathParam("agreementYear") @Min(1) @Max(20) int agreementYear,
      @Valid @BeanParam TerritoryQuery territory) {
    return EntityTags.ok(scorecards.targets(agreementYear, scope.visible(territory.territory())));
  }

  @PUT
  @Path("/targets/{agreementYear}")
  @RolesAllowed({Roles.STEERING, Roles.ADMIN})
  @Operation(
      summary = "Set the targets of an agreement year",
      description =
          "Steering and admins; If-Match required (the ETag of the GET, \\\"0\\\" before any was"
              + " set). Replaces every target of the year for the territory (national by"
              + " default); each names a scorecard indicator.")
  @APIResponseSchema(
      value = Targets.class,
      responseCode = "200",
      responseDescription = "Set; new ETag")
  public Response setTargets(
      @PathParam("agreementYear") @Min(1) @Max(20) int agreementYear,
      @Valid @BeanParam TerritoryQuery territory,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull TargetsUpdate update) {
    Versioned<Targets> targets =
        scorecards.setTargets(agreementYear, scope.visible(territory.territory()), ifMatch, update);
    return EntityTags.ok(targets);
  }
}
