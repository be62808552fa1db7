package fr.passerelle.prospection.employer;

import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.NafCode;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.identifiers.RomeCode;
import fr.passerelle.platform.identifiers.Siret;
import fr.passerelle.platform.web.etag.Versioned;
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

  @NoNir
  @Schema(name = "EmployerRequest", description = "An establishment, as registered or updated")
  public record EmployerRequest(
      @NotNull @Siret @Schema(description = "14 digits, Luhn-checked", example = "73282932000074")
          String siret,
      @NotBlank @Size(max = 200) @Schema(example = "Boulangerie Fictive du Nord") String name,
      @Nullable
          @NafCode
          @Schema(description = "NAF rev. 2, normalised to NN.NNL", example = "10.71C")
          String nafCode,
      @Nullable
          @Schema(
              description = "INSEE headcount band code (tranche d'effectif salarié)",
              example = "11")
          HeadcountBand headcountBand,
      @Nullable @Size(max = 200) @Schema(example = "12 rue de la Gare") String street,
      @NotNull @InseeCommuneCode @Schema(example = "59350") String communeCode,
      @NotNull @PostalCode @Schema(example = "59000") String postalCode,
      @Nullable
          @Size(max = 10)
          @Schema(description = "Sectors of interest, ROME codes", example = "[\"D1102\"]")
          List<@RomeCode String> romeCodes) {}

  @Schema(name = "Lead", description = "Who leads the relationship with the employer, until when")
  public record LeadView(
      @Schema(example = "PE") String network,
      @Schema(description = "The officer's work identity", example = "company-advisor")
          String officer,
      Instant until) {}

  @Schema(name = "Employer", description = "An establishment and where its relationship stands")
  public record EmployerView(
      UUID id,
      @Schema(example = "73282932000074") String siret,
      @Schema(example = "732829320") String siren,
      String name,
      @Nullable @Schema(example = "10.71C") String nafCode,
      @Nullable @Schema(example = "11") HeadcountBand headcountBand,
      @Nullable String street,
      String communeCode,
      String postalCode,
      String departmentCode,
      String regionCode,
      double latitude,
      double longitude,
      List<String> romeCodes,
      @Schema(description = "The network that registered it") String registeredNetwork,
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
