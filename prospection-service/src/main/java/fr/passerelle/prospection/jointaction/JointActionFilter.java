package fr.passerelle.prospection.jointaction;

import fr.passerelle.platform.geo.Location;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of {@code GET /api/v1/prospection/joint-actions}; all optional, all combined. */
public class JointActionFilter {

  @QueryParam("department")
  @Pattern(regexp = "[0-9]{2}|2A|2B|97[1-6]")
  @Parameter(
      description = "A department of the caller's territory",
      example = "59",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH))
  String department;

  @QueryParam("from")
  @Parameter(description = "Held on or after this day", example = "2026-01-01")
  LocalDate from;

  @QueryParam("to")
  @Parameter(description = "Held on or before this day", example = "2026-12-31")
  LocalDate to;

  public String department() {
    return department;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }
}
