package fr.passerelle.reporting.rebuild;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the rebuild operations answer. */
public final class RebuildApi {

  private RebuildApi() {}

  @Schema(
      name = "Rebuild",
      description =
          "A rebuild of every projection from the start of the topics into a new generation; the"
              + " current generation serves until the switch.")
  public record RebuildView(
      UUID id,
      @Schema(minimum = "1", maximum = "2147483647") int generation,
      ProjectionRebuild.Status status,
      ProjectionRebuild.Phase phase,
      Instant startedAt,
      Instant finishedAt,
      @Schema(minimum = "0", maximum = "9223372036854775807") long eventsTotal,
      @Schema(minimum = "0", maximum = "9223372036854775807") long eventsDone,
      @Schema(description = "Events applied per second since the start") BigDecimal eventsPerSecond,
      @Schema(
              minimum = "0",
              maximum = "9223372036854775807",
              description = "Seconds left at the current rate, while it reads")
          Long secondsLeft,
      @Schema(maxLength = 300) String error) {

    static RebuildView of(ProjectionRebuild rebuild) {
      Long left = null;
      if (rebuild.status == ProjectionRebuild.Status.RUNNING
          && rebuild.eventsPerSecond != null
          && rebuild.eventsPerSecond.signum() > 0) {
        left =
            (long)
                Math.ceil(
                    (rebuild.eventsTotal - rebuild.eventsDone)
                        / rebuild.eventsPerSecond.doubleValue());
      }
      return new RebuildView(
          rebuild.id,
          rebuild.generation,
          rebuild.status,
          rebuild.phase,
          rebuild.startedAt,
          rebuild.finishedAt,
          rebuild.eventsTotal,
          rebuild.eventsDone,
          rebuild.eventsPerSecond,
          left,
          rebuild.error);
    }
  }
}
