package fr.passerelle.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the oldest unpublished event is older than {@code
 * passerelle.outbox.max-pending-age}: the relay is stuck (broker unreachable, relay stopped) and
 * other services no longer hear of this one's changes. The writes themselves still commit.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

  private final OutboxRelayService relay;
  private final Duration maxPendingAge;

  private final Clock clock;

  OutboxReadiness(OutboxRelayService relay, OutboxConfig config, Clock clock) {
    this.relay = relay;
    this.clock = clock;
    this.maxPendingAge = config.maxPendingAge();
  }

  /** Read from the table, not from the relay: a relay that stopped reports nothing itself. */
  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox relay");
    try {
      OutboxTable.PendingSummary pending = relay.relay().pendingNow();
      Duration age =
          pending.oldest() == null
              ? Duration.ZERO
              : Duration.between(pending.oldest(), clock.instant());
      return response
          .status(age.compareTo(maxPendingAge) <= 0)
          .withData("pending", pending.count())
          .withData("oldestPendingAgeSeconds", age.toSeconds())
          .withData("maxPendingAgeSeconds", maxPendingAge.toSeconds())
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", "the outbox table cannot be read").build();
    }
  }
}
