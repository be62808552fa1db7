package fr.passerelle.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts one loop per {@link EventConsumer} bean of the service and stops them on shutdown. */
@ApplicationScoped
class ConsumerService {

  private final List<ConsumerLoop> loops = new ArrayList<>();

  ConsumerService(
      @All List<EventConsumer> consumers,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      ConsumerConfig config,
      ProcessedEvents processedEvents,
      DeadLetters deadLetters,
      MeterRegistry registry) {
    if (config.enabled()) {
      for (EventConsumer consumer : consumers) {
        loops.add(
            new ConsumerLoop(
                consumer, kafkaConfig, config, processedEvents, deadLetters, registry));
      }
    }
  }

  void onStart(@Observes StartupEvent event) {
    loops.forEach(ConsumerLoop::start);
  }

  void onStop(@Observes ShutdownEvent event) {
    loops.forEach(ConsumerLoop::stop);
  }
}
