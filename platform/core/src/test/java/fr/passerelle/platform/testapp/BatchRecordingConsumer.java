package fr.passerelle.platform.testapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.consumer.EventApplier;
import fr.passerelle.platform.consumer.EventConsumer;
import fr.passerelle.platform.events.InboundEvent;
import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@link RecordingConsumer}, reading its channel in batches ({@code batch=true}). */
@ApplicationScoped
public class BatchRecordingConsumer implements EventConsumer {

  public static final EventType<WidgetRenamed> CONSUMED =
      EventType.of("proof-batched", "widget-renamed", WidgetRenamed.class);

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final EventApplier events;

  BatchRecordingConsumer(AgroalDataSource dataSource, ObjectMapper mapper, EventApplier events) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.events = events;
  }

  @Override
  public String name() {
    return "proof-batch-recorder";
  }

  @Incoming("proof-batch-recorder")
  @Blocking
  void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException {
    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
    records.forEach(batch::add);
    events.applyAll(this, batch);
  }

  @Override
  public void handle(InboundEvent event) throws Exception {
    RecordingConsumer.record(dataSource, mapper, event);
  }
}
