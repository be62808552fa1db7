package fr.passerelle.referral.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.passerelle.platform.identifiers.FranceTravailId;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.RomeCode;
import fr.passerelle.platform.identifiers.SafirCode;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.referral.access.Side;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The young person and the diagnostic as the API shows them, in requests and in responses. */
public final class ReferralApi {

  private ReferralApi() {}

  public static final int NAME_MAX_LENGTH = 100;
  public static final int EXTERNAL_REF_MAX_LENGTH = 64;
  static final int SUMMARY_MAX_LENGTH = 2000;
  static final int PROJECT_IDEA_MAX_LENGTH = 500;
  static final int MAX_ROME_CODES = 5;
  static final int JUSTIFICATION_MAX_LENGTH = 1000;

  // At most one of each: the barriers (Barrier), the eligibility rules (Eligibility: age,
  // qualification, activity, barrier), the actions (Action).
  static final int MAX_BARRIERS = 9;
  static final int MAX_OVERRIDDEN_RULES = 4;
  static final int RULE_MAX_LENGTH = 32;
  static final int MAX_ACTIONS = 16;

  @Schema(description = "How to reach the young person: a phone and/or an email")
  public record Contact(
      @Nullable
          @Pattern(regexp = "^\\+[1-9]\\d{7,14}$", message = "must be an E.164 phone number")
          @Schema(example = "+33612345678", maxLength = Bounds.PHONE_MAX_LENGTH)
          String phone,
      @Nullable
          @Email
          @Size(max = Bounds.EMAIL_MAX_LENGTH)
          @Schema(example = "camille.martin@example.org")
          String email,
      @NotNull @Schema(example = "SMS") ContactChannel preferredChannel) {

    @JsonIgnore
    @AssertTrue(message = "the preferred channel needs its phone number or email")
    public boolean isReachableThroughPreferredChannel() {
      if (preferredChannel == null) {
        return true;
      }
      return preferredChannel.needsPhone() ? phone != null : email != null;
    }
  }

  @Schema(description = "The young person referred. Never a NIR (social security number).")
  public record YoungPerson(
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "Camille") String firstName,
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "Martin") String lastName,
      @NotNull @Past @Schema(example = "2007-04-12") LocalDate birthDate,
      @NotNull @InseeCommuneCode @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH)
          String communeCode,
      @Nullable
          @FranceTravailId
          @Schema(
              description = "If known",
              example = "12345678901",
              maxLength = FranceTravailId.MAX_LENGTH)
          String franceTravailId,
      @NotNull @Valid Contact contact,
      @NotNull @Schema(description = "Highest diploma, on the national scale", example = "NONE")
          Qualification highestQualification,
      @NotNull @Schema(description = "Activity at the time of the diagnostic", example = "NONE")
          Activity activity) {}

  @Schema(description = "What the advisor's diagnostic found")
  public record Diagnostic(
      @NotNull
          @Size(max = MAX_BARRIERS)
          @Schema(description = "Coded barriers; HEALTH is a flag, never a medical detail")
          List<@NotNull Barrier> barriers,
      @NotBlank
          @Size(max = SUMMARY_MAX_LENGTH)
          @Schema(description = "The advisor's summary, 2,000 characters")
          String summary,
      @Nullable
          @Size(max = PROJECT_IDEA_MAX_LENGTH)
          @Schema(example = "Travailler dans la logistique")
          String projectIdea,
      @Nullable @Size(max = MAX_ROME_CODES) @Schema(example = "[\"N1103\"]")
          List<@RomeCode @Size(max = RomeCode.MAX_LENGTH) String> romeCodes) {}

  @Schema(
      name = "Consent",
      description =
          "The young person's agreement to be referred, which the advisor records: a referral"
              + " without it is refused")
  public record Consent(
      @NotNull
          @PastOrPresent
          @Schema(description = "When the young person agreed", example = "2026-11-27")
          LocalDate givenOn,
      @NotNull @Schema(description = "How they said so", example = "IN_INTERVIEW")
          ConsentMethod method) {}

  @Schema(name = "Eligibility", description = "How eligibility was decided at submission")
  public record EligibilityView(
      @Schema(minimum = "0", maximum = "150") int ageAtSubmission,
      @Schema(
              description = "Rules the advisor overrode, with the justification below",
              example = "[\"age\"]",
              maxItems = MAX_OVERRIDDEN_RULES)
          List<@Size(max = RULE_MAX_LENGTH) String> overriddenRules,
      @Nullable @Schema(maxLength = JUSTIFICATION_MAX_LENGTH) String overrideJustification) {}

  @Schema(name = "Referral", description = "A referral and where its path stands")
  public record ReferralView(
      UUID id,
      Status status,
      @Nullable
          @Schema(
              description = "The submitting system's own reference",
              maxLength = EXTERNAL_REF_MAX_LENGTH)
          String externalRef,
      @Schema(example = "59021", maxLength = SafirCode.MAX_LENGTH) String agencySafir,
      UUID siteId,
      @Nullable UUID sessionId,
      @Nullable
          @Schema(
              description =
                  "Set when the directory cancelled the session the referral was booked or invited"
                      + " to: the site is to invite the young person again (cleared by the next"
                      + " invitation)")
          Instant sessionCancelledAt,
      @Nullable @Schema(description = "Absent once anonymised") YoungPerson youngPerson,
      @Nullable @Schema(description = "Absent once anonymised") Diagnostic diagnostic,
      @Nullable
          @Schema(description = "Barriers, still there once anonymised", maxItems = MAX_BARRIERS)
          List<Barrier> barriers,
      EligibilityView eligibility,
      @Nullable @Schema(description = "Absent for referrals submitted before it was recorded")
          Consent consent,
      @Nullable LocalDate commitmentSignedOn,
      @Nullable LocalDate pathStartsOn,
      @Nullable DeclineReason declineReason,
      @Nullable WithdrawalReason withdrawalReason,
      @Nullable ExitOutcome exitOutcome,
      @Nullable @Schema(description = "Whether the E2C network counts the exit as positive")
          Boolean positiveExit,
      @Nullable LocalDate exitedOn,
      Instant submittedAt,
      Instant lastActionAt,
      @Nullable Instant closedAt,
      @Nullable Instant anonymisedAt,
      @Schema(description = "What may happen next", maxItems = MAX_ACTIONS)
          List<Action> allowedActions) {

    /**
     * The view for a caller of this side, and the version it shows, once the change is flushed (the
     * version moved).
     */
    public static Versioned<ReferralView> versioned(Referral referral, Side side) {
      Referral.getEntityManager().flush();
      return new Versioned<>(of(referral, side), referral.version);
    }

    /** The referral as a caller of this side sees it: the actions offered are that side's. */
    public static ReferralView of(Referral r, Side side) {
      boolean anonymised = r.isAnonymised();
      List<Barrier> barriers = r.barriers.stream().map(Barrier::valueOf).toList();
      return new ReferralView(
          r.id,
          r.status,
          r.externalRef,
          r.agencySafir,
          r.siteId,
          r.sessionId,
          r.sessionCancelledAt,
          anonymised
              ? null
              : new YoungPerson(
                  r.firstName,
                  r.lastName,
                  r.birthDate,
                  r.communeCode,
                  r.franceTravailId,
                  new Contact(r.phone, r.email, r.preferredChannel),
                  r.highestQualification,
                  r.activity),
          anonymised
              ? null
              : new Diagnostic(barriers, r.diagnosticSummary, r.projectIdea, r.romeCodes),
          barriers,
          new EligibilityView(r.ageAtSubmission, r.overriddenRules, r.overrideJustification),
          r.consentGivenOn == null ? null : new Consent(r.consentGivenOn, r.consentMethod),
          r.commitmentSignedOn,
          r.pathStartsOn,
          r.declineReason,
          r.withdrawalReason,
          r.exitOutcome,
          r.positiveExit(),
          r.exitedOn,
          r.submittedAt,
          r.lastActionAt,
          r.closedAt,
          r.anonymisedAt,
          Action.allowedFrom(r.status, side));
    }
  }
}
