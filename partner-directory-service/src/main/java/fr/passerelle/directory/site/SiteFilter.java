package fr.passerelle.directory.site;

import fr.passerelle.platform.geo.Location;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of GET /api/v1/sites, as query parameters. */
public class SiteFilter {

  @QueryParam("region")
  @Pattern(regexp = "^\\d{2}$")
  @Parameter(
      description = "INSEE region code",
      example = "32",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.REGION_CODE_MAX_LENGTH))
  String regionCode;

  @QueryParam("department")
  @Pattern(regexp = "^(\\d{2}|2A|2B|97\\d)$")
  @Parameter(
      description = "Department code",
      example = "59",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH))
  String departmentCode;

  @QueryParam("status")
  @Parameter(description = "Site status")
  SiteStatus status;

  @QueryParam("sector")
  @Pattern(regexp = SiteApi.SECTOR)
  @Size(max = SiteApi.SECTOR_MAX_LENGTH)
  @Parameter(description = "Only sites offering this training sector", example = "logistique")
  String sector;

  @QueryParam("freeSeatsWithinDays")
  @Min(1)
  @Max(365)
  @Parameter(
      description = "Only sites with a scheduled session with free seats in the next N days",
      example = "30")
  Integer freeSeatsWithinDays;

  public String regionCode() {
    return regionCode;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public SiteStatus status() {
    return status;
  }

  public String sector() {
    return sector;
  }

  public Integer freeSeatsWithinDays() {
    return freeSeatsWithinDays;
  }
}
