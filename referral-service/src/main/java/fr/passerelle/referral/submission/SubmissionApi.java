package fr.passerelle.referral.submission;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.SafirCode;
import fr.passerelle.platform.web.problem.Problem;
import fr.passerelle.referral.dossier.ReferralApi;
import fr.passerelle.referral.dossier.ReferralApi.Consent;
import fr.passerelle.referral.dossier.ReferralApi.Diagnostic;
import fr.passerelle.referral.dossier.ReferralApi.YoungPerson;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and results of referral submission. */
public final class SubmissionApi {

  private SubmissionApi() {}

  public static final int MAX_BULK = 500;

  /**
   * Seats a batch may book. Each booking waits for the directory, up to its read timeout (3 s): 8
   * of them, plus 500 items at a few milliseconds each, stay within the gateway's 30 s response
   * timeout even when the directory is slow, so a batch is never cut off halfway by a 504.
   */
  public static final int MAX_BULK_SEATS = 8;

  @NoNir
  @Schema(name = "ReferralSubmission", description = "A referral to an E2C site after a diagnostic")
  public record SubmitReferral(
      @Nullable
          @Size(max = ReferralApi.EXTERNAL_REF_MAX_LENGTH)
          @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be visible ASCII characters")
          @Schema(
              description =
                  "The submitting system's own reference, unique per client; required for the"
                      + " Pôle emploi system. Refused (400) when it has the structure of a French"
                      + " social security number (NIR): 13 characters standing alone (sex 1-4/7/8,"
                      + " birth year, month 01-12/20-42/50-99, birthplace, order number), spaces,"
                      + " dots or dashes allowed between groups, or 15 digits ending with a valid"
                      + " NIR key. An epoch-millisecond timestamp often has that structure: join"
                      + " letters to its digits (TS1785123456789) or send a date-time.",
              example = "PE-2026-000123")
          String externalRef,
      @Nullable
          @SafirCode
          @Schema(
              description =
                  "The advisor's agency: required from the Pôle emploi system, taken from the"
                      + " token for an advisor",
              example = "59021",
              maxLength = SafirCode.MAX_LENGTH)
          String agencySafir,
      @NotNull @Valid YoungPerson youngPerson,
      @NotNull @Valid Diagnostic diagnostic,
      @NotNull @Valid Consent consent,
      @NotNull @Schema(description = "The E2C site, active in the directory") UUID siteId,
      @Nullable @Schema(description = "An information session of that site to book a seat in")
          UUID sessionId,
      @Nullable @Valid EligibilityOverride eligibilityOverride,
      @Nullable
          @Schema(
              description =
                  "The information-only orientation this referral follows, if any: it becomes"
                      + " this referral")
          UUID orientationId) {}

  @Schema(
      description =
          "The advisor's justification for referring a young person who does not meet every"
              + " eligibility rule (age, qualification, activity, a barrier named by the"
              + " diagnostic); recorded with the rules overridden")
  public record EligibilityOverride(@NotBlank @Size(min = 20, max = 1000) String justification) {}

  @Schema(
      name = "BulkSubmission",
      description =
          "Up to 500 referrals, each with its externalRef; at most 8 of them name a session to"
              + " book a seat in")
  public record BulkSubmission(
      @NotNull @Size(min = 1, max = MAX_BULK) List<@NotNull SubmitReferral> referrals) {}

  /** How one item of a bulk submission went. */
  public enum ItemOutcome {
    CREATED,
    ALREADY_SUBMITTED,
    REJECTED
  }

  @Schema(name = "BulkItemResult")
  public record ItemResult(
      @Schema(
              description = "Position in the request, from 0",
              minimum = "0",
              maximum = "" + (MAX_BULK - 1))
          int index,
      @Nullable @Schema(maxLength = ReferralApi.EXTERNAL_REF_MAX_LENGTH) String externalRef,
      ItemOutcome outcome,
      @Schema(
              description = "The HTTP status a single submission would have had",
              example = "201",
              minimum = "200",
              maximum = "599")
          int status,
      @Nullable UUID referralId,
      @Nullable @Schema(description = "Why the item was rejected") Problem problem) {}

  @Schema(name = "BulkResult")
  public record BulkResult(
      @Schema(minimum = "0", maximum = "" + MAX_BULK) int created,
      @Schema(minimum = "0", maximum = "" + MAX_BULK) int alreadySubmitted,
      @Schema(minimum = "0", maximum = "" + MAX_BULK) int rejected,
      @Schema(maxItems = MAX_BULK) List<ItemResult> items) {}
}
