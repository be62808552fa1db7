package fr.passerelle.reporting.indicator;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code ?territory=} every reading of the indicators takes. */
public class TerritoryQuery {

  @QueryParam("territory")
  @Pattern(regexp = Territory.PATTERN)
  @Parameter(
      description =
          "national, region:<INSEE code>, department:<code>, site:<id> or agency:<SAFIR>. Default:"
              + " national for steering and admins, the caller's sites or agency for E2C staff and"
              + " advisors (another territory answers 404).",
      example = "region:32",
      schema = @Schema(type = SchemaType.STRING, maxLength = 45))
  String territory;

  public String territory() {
    return territory;
  }
}
