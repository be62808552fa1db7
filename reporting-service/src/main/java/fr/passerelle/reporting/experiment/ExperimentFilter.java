package fr.passerelle.reporting.experiment;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.SafirCode;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of {@code GET /api/v1/experiments}: all optional, all combined. */
public class ExperimentFilter {

  @QueryParam("status")
  @Parameter(description = "Only experiments in this status", example = "RUNNING")
  ExperimentStatus status;

  @QueryParam("department")
  @Pattern(regexp = ExperimentApi.DEPARTMENT)
  @Parameter(
      description = "Only experiments whose territory names this department",
      example = "59",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH))
  String department;

  @QueryParam("site")
  @Parameter(description = "Only experiments whose territory names this E2C site")
  UUID site;

  @QueryParam("agency")
  @SafirCode
  @Parameter(
      description = "Only experiments whose territory names this agency (SAFIR code)",
      example = "59021",
      schema = @Schema(type = SchemaType.STRING, maxLength = SafirCode.MAX_LENGTH))
  String agency;

  @QueryParam("activeOn")
  @Parameter(
      description = "Only experiments whose period includes this day",
      example = "2026-03-01")
  LocalDate activeOn;

  public ExperimentStatus status() {
    return status;
  }

  public String department() {
    return department;
  }

  public UUID site() {
    return site;
  }

  public String agency() {
    return agency;
  }

  public LocalDate activeOn() {
    return activeOn;
  }
}
