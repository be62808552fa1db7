package fr.passerelle.reporting.freshness;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.reporting.freshness.FreshnessApi.Freshness;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/freshness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class FreshnessResource {

  private final FreshnessService freshness;

  FreshnessResource(FreshnessService freshness) {
    this.freshness = freshness;
  }

  @GET
  @RolesAllowed({Roles.STEERING, Roles.ADMIN, Roles.E2C_STAFF, Roles.PE_ADVISOR})
  @Operation(
      summary = "How fresh the indicators are",
      description =
          "Per topic: the last event applied, when it happened and when it was applied, the"
              + " events not applied yet (lag) and those of unknown types skipped. The same"
              + " figures are in the readiness check and the metrics.")
  @APIResponseSchema(
      value = Freshness.class,
      responseCode = "200",
      responseDescription = "Freshness")
  public Freshness get() {
    return freshness.freshness();
  }
}
