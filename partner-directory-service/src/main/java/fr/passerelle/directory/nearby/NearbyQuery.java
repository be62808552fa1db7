package fr.passerelle.directory.nearby;

import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.PostalCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Where to search from (one of commune, postal code, coordinates) and how far. */
public class NearbyQuery {

  static final int MAX_LIMIT = 50;
  static final int MAX_RADIUS_KM = 1000;

  @QueryParam("communeCode")
  @InseeCommuneCode
  @Parameter(
      description = "INSEE code of the young person's commune",
      example = "59350",
      schema = @Schema(type = SchemaType.STRING, maxLength = InseeCommuneCode.MAX_LENGTH))
  String communeCode;

  @QueryParam("postalCode")
  @PostalCode
  @Parameter(
      description = "A postal code (its first commune is the origin)",
      example = "59000",
      schema = @Schema(type = SchemaType.STRING, maxLength = PostalCode.MAX_LENGTH))
  String postalCode;

  @QueryParam("latitude")
  @DecimalMin("-90")
  @DecimalMax("90")
  @Parameter(example = "50.6306")
  Double latitude;

  @QueryParam("longitude")
  @DecimalMin("-180")
  @DecimalMax("180")
  @Parameter(example = "3.0889")
  Double longitude;

  @QueryParam("radiusKm")
  @DefaultValue("50")
  @Min(1)
  @Max(MAX_RADIUS_KM)
  @Parameter(description = "Search radius, km (default 50)")
  int radiusKm = 50;

  @QueryParam("limit")
  @DefaultValue("10")
  @Min(1)
  @Max(MAX_LIMIT)
  @Parameter(description = "How many sites at most (default 10)")
  int limit = 10;

  @QueryParam("freeSeatsWithinDays")
  @Min(1)
  @Max(365)
  @Parameter(
      description = "Only sites with a scheduled session with free seats in the next N days",
      example = "30")
  Integer freeSeatsWithinDays;

  public String communeCode() {
    return communeCode;
  }

  public String postalCode() {
    return postalCode;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public int radiusKm() {
    return radiusKm;
  }

  public int limit() {
    return limit;
  }

  public Integer freeSeatsWithinDays() {
    return freeSeatsWithinDays;
  }
}
