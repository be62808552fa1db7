package fr.passerelle.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.platform.testapp.ProofRecords;
import fr.passerelle.platform.testapp.RecordingConsumer;
import fr.passerelle.platform.testapp.WidgetRenamed;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A consumer reading its channel in batches applies a batch in one transaction, with the same
 * guarantees as one event at a time: each event once, a redelivered one skipped, a poison one
 * parked alone while the others of its batch are applied.
 */
@QuarkusTest
class BatchConsumerTest {

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void a_batch_applies_each_event_once_and_parks_a_poison_one_alone() throws Exception {
    ProofRecords records = new ProofRecords(bootstrapServers, mapper, dataSource);
    UUID widget = UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    List<WidgetRenamed> changes = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(UUID.randomUUID().toString());
      changes.add(WidgetRenamed.plain(widget, "name " + i, i));
    }
    String poison = UUID.randomUUID().toString();
    ids.add(30, poison);
    changes.add(
        30,
        new WidgetRenamed(
            widget,
            "poison",
            30,
            changes.get(0).renamedAt(),
            WidgetRenamed.Kind.POISON,
            0,
            List.of(),
            null));
    ids.add(ids.get(10));
    changes.add(changes.get(10));
    String marker = UUID.randomUUID().toString();
    ids.add(marker);
    changes.add(WidgetRenamed.plain(widget, "marker", 99));

    records.sendBatched(widget.toString(), ids, changes);
    await().atMost(Duration.ofSeconds(30)).until(() -> records.received(marker) == 1);

    for (String id : ids) {
      assertThat(records.received(id)).as("event %s", id).isEqualTo(id.equals(poison) ? 0 : 1);
    }
    assertThat(RecordingConsumer.ATTEMPTS.get(ids.get(10)).get()).isBetween(1, 2);
    assertThat(
            records.count(
                "SELECT count(*) FROM dead_letter_event WHERE consumer = 'proof-batch-recorder'"
                    + " AND event_id = ?",
                poison))
        .isOne();
  }
}
