package fr.passerelle.prospection.employer;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.NafCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The search filters of {@code GET /api/v1/prospection/employers}; all optional, all combined. */
public class EmployerFilter {

  /** Who leads an employer's relationship now, from the caller's side. */
  public enum LedBy {
    NOBODY,
    MY_NETWORK,
    OTHER_NETWORK
  }

  @QueryParam("q")
  @Size(min = 2, max = 100)
  @Parameter(
      description =
          "The start of the name (accents, case and punctuation ignored, any word) or of the SIRET",
      example = "boulangerie")
  String q;

  @QueryParam("nafCode")
  @NafCode
  @Parameter(
      description = "NAF code, in any of its usual writings",
      example = "10.71C",
      schema = @Schema(type = SchemaType.STRING, maxLength = NafCode.MAX_LENGTH))
  String nafCode;

  @QueryParam("headcountBand")
  @Pattern(regexp = "NN|00|01|02|03|11|12|21|22|31|32|41|42|51|52|53")
  @Parameter(
      description = "INSEE headcount band code",
      example = "11",
      schema = @Schema(type = SchemaType.STRING, maxLength = 2))
  String headcountBand;

  @QueryParam("department")
  @Pattern(regexp = "[0-9]{2}|2A|2B|97[1-6]")
  @Parameter(
      description = "A department of the caller's territory",
      example = "59",
      schema = @Schema(type = SchemaType.STRING, maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH))
  String department;

  @QueryParam("nearCommune")
  @InseeCommuneCode
  @Parameter(
      description = "Around this commune (INSEE code), within radiusKm",
      example = "59350",
      schema = @Schema(type = SchemaType.STRING, maxLength = InseeCommuneCode.MAX_LENGTH))
  String nearCommune;

  @QueryParam("radiusKm")
  @Min(1)
  @Max(100)
  @Parameter(description = "Radius around nearCommune, 1–100 km (default 20)", example = "20")
  Integer radiusKm;

  @QueryParam("notContactedForDays")
  @Min(1)
  @Max(3650)
  @Parameter(
      description = "No contact done for at least this many days (or never contacted)",
      example = "90")
  Integer notContactedForDays;

  @QueryParam("ledBy")
  @Parameter(description = "NOBODY, MY_NETWORK or OTHER_NETWORK, now", example = "NOBODY")
  LedBy ledBy;

  public String q() {
    return q;
  }

  public String nafCode() {
    return nafCode;
  }

  public HeadcountBand headcountBand() {
    return headcountBand == null ? null : HeadcountBand.of(headcountBand);
  }

  public String department() {
    return department;
  }

  public String nearCommune() {
    return nearCommune;
  }

  public int radiusKm() {
    return radiusKm == null ? 20 : radiusKm;
  }

  public Integer notContactedForDays() {
    return notContactedForDays;
  }

  public LedBy ledBy() {
    return ledBy;
  }

  /** Whether the search is by name (or SIRET) alone, in one department or the whole territory. */
  boolean onlyNameAndDepartment() {
    return nafCode == null
        && headcountBand == null
        && nearCommune == null
        && notContactedForDays == null
        && ledBy == null;
  }
}
