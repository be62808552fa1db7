package fr.passerelle.directory.agency;

import fr.passerelle.platform.geo.Location;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of GET /api/v1/agencies, as query parameters. */
public class AgencyFilter {

  @QueryParam("department")
  @Pattern(regexp = "^(\\d{2}|2A|2B|97\\d)$")
  @Parameter(
      description = "Department code",
      example = "59",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH))
  String departmentCode;

  public String departmentCode() {
    return departmentCode;
  }
}
