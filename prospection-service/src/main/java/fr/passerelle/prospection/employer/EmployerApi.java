package fr.passerelle.prospection.employer;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.NafCode;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.identifiers.RomeCode;
import fr.passerelle.platform.identifiers.Siren;
import fr.passerelle.platform.identifiers.Siret;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of employers. */
public final class EmployerApi {

  private EmployerApi() {}

  public static final int NAME_MAX_LENGTH = 200;
  static final int STREET_MAX_LENGTH = 200;
  static final int MAX_ROME_CODES = 10;
  static final int NETWORK_MAX_LENGTH = 8;

  @NoNir
  @Schema(name = "EmployerRequest", description = "An establishment, as registered or updated")
  public record EmployerRequest(
      @NotNull
          @Siret
          @Schema(
              description = "14 digits, Luhn-checked",
              example = "73282932000074",
              maxLength = Siret.MAX_LENGTH)
          String siret,
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "Boulangerie Fictive du Nord")
          String name,
      @Nullable
          @NafCode
          @Schema(
              description = "NAF rev. 2, normalised to NN.NNL",
              example = "10.71C",
              maxLength = NafCode.MAX_LENGTH)
          String nafCode,
      @Nullable
          @Schema(
              description = "INSEE headcount band code (tranche d'effectif salarié)",
              example = "11")
          HeadcountBand headcountBand,
      @Nullable @Size(max = STREET_MAX_LENGTH) @Schema(example = "12 rue de la Gare") String street,
      @NotNull @InseeCommuneCode @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH)
          String communeCode,
      @NotNull @PostalCode @Schema(example = "59000", maxLength = PostalCode.MAX_LENGTH)
          String postalCode,
      @Nullable
          @Size(max = MAX_ROME_CODES)
          @Schema(description = "Sectors of interest, ROME codes", example = "[\"D1102\"]")
          List<@RomeCode @Size(max = RomeCode.MAX_LENGTH) String> romeCodes) {}

  @Schema(name = "Lead", description = "Who leads the relationship with the employer, until when")
  public record LeadView(
      @Schema(example = "PE", maxLength = NETWORK_MAX_LENGTH) String network,
      @Schema(
              description = "The officer's work identity",
              example = "company-advisor",
              maxLength = Bounds.ACTOR_MAX_LENGTH)
          String officer,
      Instant until) {}

  @Schema(name = "Employer", description = "An establishment and where its relationship stands")
  public record EmployerView(
      UUID id,
      @Schema(example = "73282932000074", maxLength = Siret.MAX_LENGTH) String siret,
      @Schema(example = "732829320", maxLength = Siren.MAX_LENGTH) String siren,
      @Schema(maxLength = NAME_MAX_LENGTH) String name,
      @Nullable @Schema(example = "10.71C", maxLength = NafCode.MAX_LENGTH) String nafCode,
      @Nullable @Schema(example = "11") HeadcountBand headcountBand,
      @Nullable @Schema(maxLength = STREET_MAX_LENGTH) String street,
      @Schema(maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(maxLength = PostalCode.MAX_LENGTH) String postalCode,
      @Schema(maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH) String departmentCode,
      @Schema(maxLength = Location.REGION_CODE_MAX_LENGTH) String regionCode,
      @Schema(minimum = "-90", maximum = "90") double latitude,
      @Schema(minimum = "-180", maximum = "180") double longitude,
      @Schema(maxItems = MAX_ROME_CODES) List<@Size(max = RomeCode.MAX_LENGTH) String> romeCodes,
      @Schema(
              description = "The network that registered it (ADMIN for an admin's import)",
              maxLength = NETWORK_MAX_LENGTH)
          String registeredNetwork,
      @Nullable @Schema(description = "Day of the last contact done") LocalDate lastContactOn,
      @Nullable @Schema(description = "Absent when nobody leads it now") LeadView lead,
      Instant createdAt,
      Instant updatedAt) {

    public static EmployerView of(Employer e, Instant now) {
      return new EmployerView(
          e.id,
          e.siret,
          e.siren,
          e.name,
          e.nafCode,
          e.headcountBand,
          e.street,
          e.communeCode,
          e.postalCode,
          e.departmentCode,
          e.regionCode,
          e.latitude,
          e.longitude,
          e.romeCodes,
          e.registeredNetwork,
          e.lastContactOn,
          e.isLedAt(now) ? new LeadView(e.leadNetwork, e.leadOfficer, e.leadUntil) : null,
          e.createdAt,
          e.updatedAt);
    }

    /** The view once the change is flushed, with the version it shows. */
    public static Versioned<EmployerView> versioned(Employer e, Instant now) {
      Employer.getEntityManager().flush();
      return new Versioned<>(of(e, now), e.version);
    }
  }
}
