package fr.passerelle.platform.testapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.consumer.EventApplier;
import fr.passerelle.platform.consumer.EventConsumer;
import fr.passerelle.platform.events.InboundEvent;
import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as services write them: it records each event it receives. A POISON event always
 * fails; an event with {@code failures = n} fails its first n attempts (a transient fault).
 */
@ApplicationScoped
public class RecordingConsumer implements EventConsumer {

  public static final EventType<WidgetRenamed> CONSUMED =
      EventType.of("proof-consumed", "widget-renamed", WidgetRenamed.class);

  public static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final EventApplier events;

  RecordingConsumer(AgroalDataSource dataSource, ObjectMapper mapper, EventApplier events) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.events = events;
  }

  @Override
  public String name() {
    return "proof-recorder";
  }

  @Incoming("proof-recorder")
  @Blocking
  void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
    events.apply(this, record);
  }

  @Override
  public void handle(InboundEvent event) throws Exception {
    record(dataSource, mapper, event);
  }

  /** Records the event; fails as its {@code kind} and {@code failures} say. */
  static void record(AgroalDataSource dataSource, ObjectMapper mapper, InboundEvent event)
      throws Exception {
    int attempt = ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO received_event (event_id, type, subject) VALUES (?, ?, ?)")) {
      insert.setString(1, event.id());
      insert.setString(2, event.type());
      insert.setString(3, event.subject());
      insert.executeUpdate();
    }
    WidgetRenamed change =
        event.payload(event.is(CONSUMED) ? CONSUMED : BatchRecordingConsumer.CONSUMED, mapper);
    if (change.kind() == WidgetRenamed.Kind.POISON) {
      throw new IllegalArgumentException("this widget name can never be applied");
    }
    if (attempt <= change.failures()) {
      throw new IllegalStateException("transient failure " + attempt);
    }
  }
}
