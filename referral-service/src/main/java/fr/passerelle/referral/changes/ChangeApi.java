package fr.passerelle.referral.changes;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The change feed's response records. */
public final class ChangeApi {

  private ChangeApi() {}

  @Schema(name = "ReferralChange", description = "One change of a referral; no personal data")
  public record Change(
      @Schema(description = "The position of this change; resume after it with ?after=")
          String position,
      UUID referralId,
      @Nullable @Schema(description = "The submitting system's reference") String externalRef,
      ChangeKind change,
      @Schema(description = "The referral's status after the change", example = "UNDER_REVIEW")
          String status,
      UUID siteId,
      Instant occurredAt) {}

  @Schema(name = "ReferralChanges", description = "A batch of changes, oldest first")
  public record Changes(
      List<Change> changes,
      @Schema(
              description =
                  "Pass as ?after= on the next call; also when this batch is empty, to poll again")
          String nextCursor,
      @Schema(description = "More changes are ready now") boolean hasMore) {}
}
