package fr.passerelle.prospection.contact;

import fr.passerelle.platform.geo.Location;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /api/v1/prospection/agenda}: one department, a span of days. */
public class AgendaFilter {

  /** How far an agenda reaches after {@code from} when {@code to} is absent. */
  static final int DEFAULT_DAYS_AFTER = 30;

  @QueryParam("department")
  @NotNull
  @Pattern(regexp = "[0-9]{2}|2A|2B|97[1-6]")
  @Parameter(
      description =
          "A department of the caller's territory (required); another department answers an"
              + " empty page",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH),
      example = "59")
  String department;

  @QueryParam("from")
  @Parameter(description = "First day, inclusive (default: today)", example = "2026-03-01")
  LocalDate from;

  @QueryParam("to")
  @Parameter(
      description = "Last day, inclusive, not before `from` (default: 30 days after `from`)",
      example = "2026-03-31")
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
