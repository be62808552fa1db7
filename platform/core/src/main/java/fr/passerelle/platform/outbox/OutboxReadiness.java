package fr.passerelle.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
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

  OutboxReadiness(OutboxRelayService relay, OutboxConfig config) {
    this.relay = relay;
    this.maxPendingAge = config.maxPendingAge();
  }

  @Override
  public HealthCheckResponse call() {
    Duration age = relay.relay().oldestPendingAge();
    return HealthCheckResponse.named("outbox relay")
        .status(age.compareTo(maxPendingAge) <= 0)
        .withData("pending", relay.relay().pendingCount())
        .withData("oldestPendingAgeSeconds", age.toSeconds())
        .withData("maxPendingAgeSeconds", maxPendingAge.toSeconds())
        .build();
  }
}
