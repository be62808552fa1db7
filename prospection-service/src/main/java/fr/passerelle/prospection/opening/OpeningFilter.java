package fr.passerelle.prospection.opening;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.RomeCode;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of {@code GET /api/v1/prospection/openings}; all optional, all combined. */
public class OpeningFilter {

  @QueryParam("status")
  @Parameter(
      description = "OPEN, FILLED, CLOSED or EXPIRED (a partner only ever reads OPEN ones)",
      example = "OPEN")
  OpeningStatus status;

  @QueryParam("kind")
  @Parameter(
      description = "JOB, APPRENTICESHIP, COMPANY_IMMERSION or INTERNSHIP",
      example = "COMPANY_IMMERSION")
  OpeningKind kind;

  @QueryParam("department")
  @Pattern(regexp = "[0-9]{2}|2A|2B|97[1-6]")
  @Parameter(
      description = "A department of the caller's territory",
      example = "59",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH))
  String department;

  @QueryParam("romeCode")
  @RomeCode
  @Parameter(
      description = "ROME code of the trade",
      example = "D1102",
      schema = @Schema(type = SchemaType.STRING, maxLength = RomeCode.MAX_LENGTH))
  String romeCode;

  public OpeningStatus status() {
    return status;
  }

  public OpeningKind kind() {
    return kind;
  }

  public String department() {
    return department;
  }

  public String romeCode() {
    return romeCode;
  }
}
