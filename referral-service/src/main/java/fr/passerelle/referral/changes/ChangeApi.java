package fr.passerelle.referral.changes;

import fr.passerelle.referral.dossier.ReferralApi;
import fr.passerelle.referral.dossier.Status;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The change feed's response records. */
public final class ChangeApi {

  private ChangeApi() {}

  /** The longest position, as {@code ?after=} accepts it back. */
  static final int POSITION_MAX_LENGTH = 1024;

  /** The most changes a call answers ({@code ?limit=}). */
  static final int MAX_CHANGES = 1000;

  @Schema(name = "ReferralChange", description = "One change of a referral; no personal data")
  public record Change(
      @Schema(
              description = "The position of this change; resume after it with ?after=",
              maxLength = POSITION_MAX_LENGTH)
          String position,
      UUID referralId,
      @Nullable
          @Schema(
              description = "The submitting system's reference",
              maxLength = ReferralApi.EXTERNAL_REF_MAX_LENGTH)
          String externalRef,
      ChangeKind change,
      @Schema(
              description = "The referral's status after the change",
              example = "UNDER_REVIEW",
              implementation = Status.class)
          String status,
      UUID siteId,
      Instant occurredAt) {}

  @Schema(name = "ReferralChanges", description = "A batch of changes, oldest first")
  public record Changes(
      @Schema(maxItems = MAX_CHANGES) List<Change> changes,
      @Schema(
              description =
                  "Pass as ?after= on the next call; also when this batch is empty, to poll again",
              maxLength = POSITION_MAX_LENGTH)
          String nextCursor,
      @Schema(description = "More changes are ready now") boolean hasMore) {}
}
