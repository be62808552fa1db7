package fr.passerelle.referral.path;

import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.referral.access.Side;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Attendance;
import fr.passerelle.referral.dossier.DeclineReason;
import fr.passerelle.referral.dossier.ExitOutcome;
import fr.passerelle.referral.dossier.Status;
import fr.passerelle.referral.dossier.WithdrawalReason;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests that move a referral along its path, and the transition log's lines. */
public final class PathApi {

  private PathApi() {}

  static final int MAX_COMMENT = 1000;

  /** The decline's message to the advisor, the longest comment a transition keeps. */
  static final int DECLINE_MESSAGE_MAX_LENGTH = 2000;

  /** The longest name of a reason (an enum constant of the move's reasons). */
  static final int REASON_CODE_MAX_LENGTH = 64;

  @NoNir
  @Schema(description = "An optional comment for the transition log")
  public record Comment(@Nullable @Size(max = MAX_COMMENT) String comment) {}

  @NoNir
  public record Invitation(
      @Nullable
          @Schema(
              description =
                  "The information session; may be left out when the referral already holds a"
                      + " seat")
          UUID sessionId,
      @Nullable @Size(max = MAX_COMMENT) String comment) {}

  @NoNir
  public record AttendanceRecord(
      @NotNull @Schema(example = "SEEN") Attendance attendance,
      @Nullable @Size(max = MAX_COMMENT) String comment) {}

  @NoNir
  public record Admission(
      @NotNull @Schema(description = "Day the commitment was signed") LocalDate commitmentSignedOn,
      @NotNull @Schema(description = "Planned first day of the path") LocalDate pathStartsOn,
      @Nullable @Size(max = MAX_COMMENT) String comment) {}

  @NoNir
  public record Decline(
      @NotNull @Schema(example = "PROJECT_NOT_SUITED") DeclineReason reason,
      @NotBlank
          @Size(max = DECLINE_MESSAGE_MAX_LENGTH)
          @Schema(description = "Posted on the shared timeline for the advisor")
          String messageToAdvisor) {}

  @NoNir
  public record PathStart(
      @NotNull @Schema(description = "First day of the path") LocalDate startedOn,
      @Nullable @Size(max = MAX_COMMENT) String comment) {}

  @NoNir
  public record Exit(
      @NotNull @Schema(example = "CDD_6_MONTHS_OR_MORE") ExitOutcome outcome,
      @NotNull LocalDate exitedOn,
      @Nullable @Size(max = MAX_COMMENT) String comment) {}

  @NoNir
  public record Withdrawal(
      @NotNull @Schema(example = "BY_YOUNG_PERSON") WithdrawalReason reason,
      @Nullable @Size(max = MAX_COMMENT) String comment) {}

  @NoNir
  public record Transfer(
      @NotNull @Schema(description = "The new E2C site; active in the directory") UUID siteId,
      @Nullable @Size(max = MAX_COMMENT) String comment) {}

  @Schema(name = "Transition", description = "One line of the transition log")
  public record TransitionView(
      Action action,
      @Nullable Status fromStatus,
      Status toStatus,
      @Nullable UUID fromSiteId,
      UUID toSiteId,
      @Schema(
              description = "The subject of the actor's token; SYSTEM for the service's jobs",
              maxLength = Bounds.ACTOR_MAX_LENGTH)
          String actor,
      Side actorSide,
      @Nullable
          @Schema(
              description = "The reason given with the move, as its code (a decline reason...)",
              maxLength = REASON_CODE_MAX_LENGTH)
          String reasonCode,
      @Nullable @Schema(maxLength = DECLINE_MESSAGE_MAX_LENGTH) String comment,
      Instant occurredAt) {

    static TransitionView of(Transition t) {
      return new TransitionView(
          t.action,
          t.fromStatus,
          t.toStatus,
          t.fromSiteId,
          t.toSiteId,
          t.actor,
          t.actorSide,
          t.reasonCode,
          t.comment,
          t.occurredAt);
    }
  }
}
