package fr.passerelle.directory.pairing;

import fr.passerelle.platform.web.openapi.Bounds;
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

  @Schema(
      name = "Pairing",
      description =
          "A pairing, active or ended: an ended one keeps its history with endedOn and endedAt")
  public record PairingView(
      UUID id,
      UUID agencyId,
      UUID siteId,
      @Schema(example = "2023-09-01") LocalDate since,
      UUID agencyReferentId,
      UUID siteReferentId,
      @Schema(
              description = "The day the pairing ended (Europe/Paris); absent while it is active",
              example = "2026-06-30")
          LocalDate endedOn,
      @Schema(
              description = "When the pairing was ended; absent while it is active",
              example = "2026-06-30T14:05:00Z")
          Instant endedAt,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version,
      Instant updatedAt) {

    static PairingView of(Pairing pairing) {
      return new PairingView(
          pairing.id,
          pairing.agencyId,
          pairing.siteId,
          pairing.since,
          pairing.agencyReferentId,
          pairing.siteReferentId,
          pairing.endedOn,
          pairing.endedAt,
          pairing.version,
          pairing.updatedAt);
    }
  }
}
