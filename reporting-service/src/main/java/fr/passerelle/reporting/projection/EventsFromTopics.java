package fr.passerelle.reporting.projection;

import fr.passerelle.platform.consumer.EventApplier;
import fr.passerelle.platform.consumer.EventConsumer;
import fr.passerelle.platform.events.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events of the directory, the referral service and prospection, applied live to the current
 * generation, once each. Channel: {@code mp.messaging.incoming.reporting.*} (one consumer group on
 * the three topics).
 */
@ApplicationScoped
public class EventsFromTopics implements EventConsumer {

  static final String NAME = "reporting";

  private final EventApplier events;
  private final Projections projections;

  EventsFromTopics(EventApplier events, Projections projections) {
    this.events = events;
    this.projections = projections;
  }

  /** In batches: a service started on topics holding years of events catches up quickly. */
  @Incoming(NAME)
  @Blocking
  void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException {
    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
    records.forEach(batch::add);
    events.applyAll(this, batch);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void handle(InboundEvent event) throws SQLException {
    projections.applyToCurrent(event);
  }
}
