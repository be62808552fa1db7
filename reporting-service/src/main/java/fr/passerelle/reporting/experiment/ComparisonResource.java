package fr.passerelle.reporting.experiment;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.reporting.access.ReportingScope;
import fr.passerelle.reporting.config.ReportingConfig;
import fr.passerelle.reporting.experiment.ComparisonApi.Comparison;
import fr.passerelle.reporting.indicator.SmallNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/experiments/{id}/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments")
public class ComparisonResource {

  private final ExperimentComparison comparisons;
  private final ReportingScope scope;
  private final ReportingConfig config;

  ComparisonResource(
      ExperimentComparison comparisons, ReportingScope scope, ReportingConfig config) {
    this.comparisons = comparisons;
    this.scope = scope;
    this.config = config;
  }

  @GET
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "Compare an experiment",
      description =
          "Its referral funnel, rates and delays and path in company over its departments, sites"
              + " and agencies from its first day to its last (or today), beside the rest of the"
              + " country over the same days and its own territory a year before. Another"
              + " territory's experiment answers 404 to E2C staff and advisors.")
  @APIResponseSchema(
      value = Comparison.class,
      responseCode = "200",
      responseDescription = "The comparison")
  public Comparison compare(@PathParam("id") UUID id) {
    return comparisons.compare(
        id, new SmallNumbers(config.smallNumbersBelow(), scope.smallNumbersApply()));
  }
}
