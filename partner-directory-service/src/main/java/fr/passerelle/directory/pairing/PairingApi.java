package fr.passerelle.directory.pairing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /api/v1/pairings. */
public final class PairingApi {

  private PairingApi() {}

  @Schema(name = "PairingRequest", description = "Which agency works with which site")
  public record PairingRequest(
      @NotNull UUID agencyId,
      @NotNull UUID siteId,
      @NotNull @PastOrPresent @Schema(example = "2023-09-01") LocalDate since,
      @Schema(description = "An AGENCY_E2C_REFERENT of the agency") UUID agencyReferentId,
      @Schema(description = "A referent of the site") UUID siteReferentId) {

    void applyTo(Pairing pairing, Instant now) {
      pairing.agencyId = agencyId;
      pairing.siteId = siteId;
      pairing.since = since;
      pairing.agencyReferentId = agencyReferentId;
      pairing.siteReferentId = siteReferentId;
      pairing.updatedAt = now;
    }
  }

  @Schema(name = "Pairing")
  public record PairingView(
      UUID id,
      UUID agencyId,
      UUID siteId,
      LocalDate since,
      UUID agencyReferentId,
      UUID siteReferentId,
      long version,
      Instant updatedAt) {

    static PairingView of(Pairing pairing) {
      return new PairingView(
          pairing.id,
          pairing.agencyId,
          pairing.siteId,
          pairing.since,
          pairing.agencyReferentId,
          pairing.siteReferentId,
          pairing.version,
          pairing.updatedAt);
    }
  }
}
