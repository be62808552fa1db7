package fr.passerelle.referral.orientation;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.SafirCode;
import fr.passerelle.referral.dossier.ReferralApi;
import fr.passerelle.referral.dossier.ReferralApi.Contact;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of information-only orientations. */
public final class OrientationApi {

  private OrientationApi() {}

  @NoNir
  @Schema(
      name = "OrientationRequest",
      description =
          "A young person sent to an E2C information session without a referral: only what the"
              + " E2C needs to welcome them, no diagnostic")
  public record Orient(
      @Nullable
          @SafirCode
          @Schema(
              description =
                  "The advisor's agency: required from the Pôle emploi system, taken from the"
                      + " token for an advisor",
              example = "59021",
              maxLength = SafirCode.MAX_LENGTH)
          String agencySafir,
      @NotNull @Schema(description = "The E2C site, active in the directory") UUID siteId,
      @NotNull @Schema(description = "An information session of that site") UUID sessionId,
      @NotNull @Valid Welcome youngPerson) {}

  @Schema(name = "OrientedPerson", description = "How the E2C welcomes the young person")
  public record Welcome(
      @NotBlank @Size(max = ReferralApi.NAME_MAX_LENGTH) @Schema(example = "Camille")
          String firstName,
      @NotNull @Valid Contact contact) {}

  @Schema(name = "Orientation", description = "An information-only orientation")
  public record OrientationView(
      UUID id,
      Orientation.Status status,
      @Schema(example = "59021", maxLength = SafirCode.MAX_LENGTH) String agencySafir,
      UUID siteId,
      UUID sessionId,
      @Nullable Instant sessionStartsAt,
      @Nullable
          @Schema(
              description =
                  "Absent once the orientation became a referral, or some months after the"
                      + " session")
          Welcome youngPerson,
      @Nullable @Schema(description = "The referral it became") UUID referralId,
      Instant createdAt,
      @Nullable Instant cancelledAt,
      @Nullable Instant convertedAt) {

    static OrientationView of(Orientation o) {
      return new OrientationView(
          o.id,
          o.status,
          o.agencySafir,
          o.siteId,
          o.sessionId,
          o.sessionStartsAt,
          o.anonymisedAt != null
              ? null
              : new Welcome(o.firstName, new Contact(o.phone, o.email, o.preferredChannel)),
          o.referralId,
          o.createdAt,
          o.cancelledAt,
          o.convertedAt);
    }
  }
}
