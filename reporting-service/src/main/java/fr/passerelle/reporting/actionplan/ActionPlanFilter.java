package fr.passerelle.reporting.actionplan;

import fr.passerelle.platform.geo.Location;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of {@code GET /api/v1/action-plan}: all optional, all combined. */
public class ActionPlanFilter {

  @QueryParam("status")
  @Parameter(description = "Only commitments in this status", example = "IN_PROGRESS")
  CommitmentStatus status;

  @QueryParam("late")
  @Parameter(
      description =
          "true: only the commitments PLANNED or IN_PROGRESS past their due date; false: only the"
              + " others",
      example = "true")
  Boolean late;

  @QueryParam("department")
  @Pattern(regexp = ActionPlanApi.DEPARTMENT)
  @Parameter(
      description = "Only commitments of this department",
      example = "59",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH))
  String department;

  @QueryParam("region")
  @Pattern(regexp = ActionPlanApi.REGION)
  @Parameter(
      description = "Only commitments of this region",
      example = "32",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.REGION_CODE_MAX_LENGTH))
  String region;

  public CommitmentStatus status() {
    return status;
  }

  public Boolean late() {
    return late;
  }

  public String department() {
    return department;
  }

  public String region() {
    return region;
  }
}
