package fr.passerelle.reporting.freshness;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the projections stand on each topic. */
public final class FreshnessApi {

  private FreshnessApi() {}

  @Schema(
      name = "Freshness",
      description = "Where the serving generation of the projections stands on each topic.")
  public record Freshness(
      @Schema(minimum = "1", maximum = "2147483647") int generation,
      @Schema(description = "Whether every topic is applied to its end (no lag)") boolean upToDate,
      @Schema(maxItems = 10) List<TopicFreshness> topics) {}

  @Schema(name = "TopicFreshness")
  public record TopicFreshness(
      @Schema(maxLength = 100, examples = "passerelle.referral.v1") String topic,
      @Schema(maxLength = 100, description = "The last event applied (its CloudEvent id)")
          String lastEventId,
      @Schema(description = "When that event happened") Instant lastEventTime,
      @Schema(description = "When it was applied") Instant appliedAt,
      @Schema(
              minimum = "0",
              maximum = "9223372036854775807",
              description =
                  "Events on the topic not applied yet; absent when the broker is unreachable")
          Long lag,
      @Schema(
              minimum = "0",
              maximum = "9223372036854775807",
              description = "Events of types this service does not know, skipped")
          long skippedEvents) {}
}
