package fr.passerelle.directory.agency;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of GET /api/v1/agencies, as query parameters. */
public class AgencyFilter {

  @QueryParam("department")
  @Pattern(regexp = "^(\\d{2}|2A|2B|97\\d)$")
  @Parameter(description = "Department code", example = "59")
  String departmentCode;

  public String departmentCode() {
    return departmentCode;
  }
}
