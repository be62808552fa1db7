package fr.passerelle.referral.privacy;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.dossier.Status;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
      @Schema(
              description =
                  "Every referral of the same person, now anonymised (the first "
                      + MAX_ERASED_SHOWN
                      + ")",
              type = SchemaType.ARRAY,
              implementation = UUID.class,
              maxItems = MAX_ERASED_SHOWN)
          List<UUID> referralIds,
      Instant erasedAt) {

    static final int MAX_ERASED_SHOWN = 1000;

    public ErasureResult {
      referralIds = Bounds.firstOf(referralIds, MAX_ERASED_SHOWN);
    }
  }

  @Schema(name = "AccessLogEntry")
  public record AccessView(
      @Schema(maxLength = Bounds.ACTOR_MAX_LENGTH) String actor,
      @Schema(
              description = "The reader's roles, comma-separated (their first 1,000 characters)",
              maxLength = ROLES_MAX_LENGTH)
          String actorRoles,
      @Schema(description = "What was read", maxLength = OPERATION_MAX_LENGTH) String operation,
      @Schema(
              description = "The X-Access-Purpose given, or the operation when none was",
              maxLength = PURPOSE_MAX_LENGTH)
          String purpose,
      Instant readAt) {

    static final int ROLES_MAX_LENGTH = 1000;
    static final int OPERATION_MAX_LENGTH = 200;
    static final int PURPOSE_MAX_LENGTH = 200;

    public AccessView {
      actorRoles = Bounds.truncate(actorRoles, ROLES_MAX_LENGTH);
    }

    static AccessView of(PersonalDataRead entry) {
      return new AccessView(
          entry.actor, entry.actorRoles, entry.operation, entry.purpose, entry.readAt);
    }
  }

  @NoNir
  @Schema(
      name = "PersonLookup",
      description =
          "Finds a person's referrals for the data-protection officer, by exactly one of: the"
              + " submitting system's externalRef, the pseudonymous person id (as in events and"
              + " indicators), or the identity the person gave in their request")
  public record PersonLookup(
      @Nullable
          @Size(max = 64)
          @Schema(description = "A submitting system's reference", example = "PE-2026-000123")
          String externalRef,
      @Nullable @Schema(description = "The pseudonymous person id") UUID personId,
      @Nullable @Valid Identity identity) {

    boolean hasOneCriterion() {
      int given = 0;
      for (Object criterion : new Object[] {externalRef, personId, identity}) {
        given += criterion == null ? 0 : 1;
      }
      return given == 1;
    }
  }

  @Schema(
      name = "PersonIdentity",
      description =
          "Name and birth date as the person wrote them; accents, case, spaces and hyphens do"
              + " not matter. Found only while one of their referrals keeps its personal data")
  public record Identity(
      @NotBlank @Size(max = 100) @Schema(example = "Camille") String firstName,
      @NotBlank @Size(max = 100) @Schema(example = "Martin") String lastName,
      @NotNull @Past @Schema(example = "2007-04-12") LocalDate birthDate) {}

  @Schema(
      name = "PersonReferral",
      description =
          "A referral of the person found, without its content: what erasure and the access log"
              + " need")
  public record PersonReferral(
      UUID referralId,
      UUID personId,
      Status status,
      Instant submittedAt,
      @Nullable
          @Schema(
              description = "The submitting system's reference, until anonymised",
              maxLength = 64)
          String externalRef,
      @Nullable @Schema(description = "When its personal data was removed, if it was")
          Instant anonymisedAt) {

    static PersonReferral of(Referral referral) {
      return new PersonReferral(
          referral.id,
          referral.personId,
          referral.status,
          referral.submittedAt,
          referral.externalRef,
          referral.anonymisedAt);
    }
  }
}
