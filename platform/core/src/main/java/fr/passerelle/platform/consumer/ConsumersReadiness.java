package fr.passerelle.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a consumer waits for its database: its events pile up in Kafka (none is lost) and
 * its projections fall behind. Kafka channels report their own connection state beside this.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

  private final ConsumerStates states;

  ConsumersReadiness(ConsumerStates states) {
    this.states = states;
  }

  @Override
  public HealthCheckResponse call() {
    Map<String, Instant> waiting = states.waitingForDatabase();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("event consumers").status(waiting.isEmpty());
    waiting.forEach(
        (consumer, since) ->
            response.withData(consumer, "waiting for the database since " + since));
    return response.build();
  }
}
