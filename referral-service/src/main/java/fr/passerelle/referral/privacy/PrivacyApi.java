package fr.passerelle.referral.privacy;

import fr.passerelle.platform.identifiers.NoNir;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and results of the data-protection operations. */
public final class PrivacyApi {

  private PrivacyApi() {}

  @NoNir
  @Schema(name = "ErasureRequest")
  public record ErasureRequest(
      @NotBlank
          @Size(max = 500)
          @Schema(
              description = "The request's reference and legal basis, for the record",
              example = "Demande d'effacement RGPD art. 17, courrier du 2026-11-02, réf. DPO-0042")
          String reason) {}

  @Schema(name = "ErasureResult")
  public record ErasureResult(
      UUID erasureId,
      @Schema(description = "Every referral of the same person, now anonymised")
          List<UUID> referralIds,
      Instant erasedAt) {}

  @Schema(name = "AccessLogEntry")
  public record AccessView(
      String actor, String actorRoles, String operation, String purpose, Instant readAt) {

    static AccessView of(PersonalDataRead entry) {
      return new AccessView(
          entry.actor, entry.actorRoles, entry.operation, entry.purpose, entry.readAt);
    }
  }
}
