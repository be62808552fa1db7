package fr.passerelle.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's own relay: started with the application, stopped with it, measured. */
@ApplicationScoped
public class OutboxRelayService {

  private final OutboxRelay relay;
  private final boolean enabled;

  OutboxRelayService(
      AgroalDataSource dataSource,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      OutboxConfig config,
      Clock clock,
      MeterRegistry registry,
      @ConfigProperty(name = "quarkus.application.name", defaultValue = "service") String service) {
    this.relay =
        new OutboxRelay(service, dataSource, kafkaConfig, OutboxRelay.Settings.from(config), clock);
    this.enabled = config.relay().enabled();
    Gauge.builder("passerelle.outbox.pending", relay, OutboxRelay::pendingCount)
        .description("Outbox rows not yet published to Kafka")
        .register(registry);
    Gauge.builder(
            "passerelle.outbox.oldest.pending.age",
            relay,
            r -> r.oldestPendingAge().toMillis() / 1000.0)
        .baseUnit("seconds")
        .description("Age of the oldest outbox row not yet published")
        .register(registry);
    FunctionCounter.builder("passerelle.outbox.published", relay, OutboxRelay::publishedTotal)
        .description("Outbox rows published to Kafka")
        .register(registry);
    FunctionCounter.builder("passerelle.outbox.failed.batches", relay, OutboxRelay::failedBatches)
        .description("Relay batches that failed and were retried")
        .register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      relay.start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    relay.stop();
  }

  public OutboxRelay relay() {
    return relay;
  }

  /** A commit in this replica wakes the relay at once rather than at its next poll. */
  void wakeUpAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventRecorded event) {
    relay.wakeUp();
  }
}
