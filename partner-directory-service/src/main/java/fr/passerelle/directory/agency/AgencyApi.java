package fr.passerelle.directory.agency;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.identifiers.SafirCode;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /api/v1/agencies. */
public final class AgencyApi {

  static final int NAME_MAX_LENGTH = 200;
  static final int STREET_MAX_LENGTH = 300;

  private AgencyApi() {}

  @Schema(name = "AgencyRequest", description = "A Pôle emploi / France Travail agency")
  public record AgencyRequest(
      @NotNull
          @SafirCode
          @Schema(
              example = "59021",
              description = "SAFIR agency code, unique",
              maxLength = SafirCode.MAX_LENGTH)
          String safir,
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "France Travail Lille Fives")
          String name,
      @NotBlank @Size(max = STREET_MAX_LENGTH) @Schema(example = "50 rue Pierre Legrand")
          String street,
      @NotNull @InseeCommuneCode @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH)
          String communeCode,
      @NotNull @PostalCode @Schema(example = "59000", maxLength = PostalCode.MAX_LENGTH)
          String postalCode) {}

  @Schema(name = "Agency")
  public record AgencyView(
      UUID id,
      @Schema(maxLength = SafirCode.MAX_LENGTH) String safir,
      @Schema(maxLength = NAME_MAX_LENGTH) String name,
      @Schema(maxLength = STREET_MAX_LENGTH) String street,
      @Schema(maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(maxLength = PostalCode.MAX_LENGTH) String postalCode,
      @Schema(maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH) String departmentCode,
      @Schema(maxLength = Location.REGION_CODE_MAX_LENGTH) String regionCode,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version,
      Instant updatedAt) {

    static AgencyView of(Agency agency) {
      return new AgencyView(
          agency.id,
          agency.safir,
          agency.name,
          agency.street,
          agency.communeCode,
          agency.postalCode,
          agency.departmentCode,
          agency.regionCode,
          agency.version,
          agency.updatedAt);
    }
  }
}
