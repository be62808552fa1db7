package fr.passerelle.directory.agency;

import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.identifiers.SafirCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /api/v1/agencies. */
public final class AgencyApi {

  private AgencyApi() {}

  @Schema(name = "AgencyRequest", description = "A Pôle emploi / France Travail agency")
  public record AgencyRequest(
      @NotNull @SafirCode @Schema(example = "59021", description = "SAFIR agency code, unique")
          String safir,
      @NotBlank @Size(max = 200) @Schema(example = "France Travail Lille Fives") String name,
      @NotBlank @Size(max = 300) @Schema(example = "50 rue Pierre Legrand") String street,
      @NotNull @InseeCommuneCode @Schema(example = "59350") String communeCode,
      @NotNull @PostalCode @Schema(example = "59000") String postalCode) {}

  @Schema(name = "Agency")
  public record AgencyView(
      UUID id,
      String safir,
      String name,
      String street,
      String communeCode,
      String postalCode,
      String departmentCode,
      String regionCode,
      long version,
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
