package fr.passerelle.platform.consumer;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.platform.testapp.ProofRecords;
import fr.passerelle.platform.testapp.WidgetRenamed;
import fr.passerelle.platform.testing.DatabaseProxyResource.DatabaseProxy;
import fr.passerelle.platform.testing.TcpProxy;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatabaseOutageTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @DatabaseProxy TcpProxy database;

  /** Readiness, on the management port. */
  @TestHTTPResource(value = "/health/ready", management = true)
  URL readiness;

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = "mp.messaging.incoming.proof-recorder.max.poll.interval.ms")
  long maxPollIntervalMs;

  @AfterEach
  void giveTheDatabaseBack() {
    database.restore();
  }

  @Test
  void a_consumer_waits_out_a_database_outage_longer_than_its_poll_interval_and_loses_nothing()
      throws Exception {
    ProofRecords records = new ProofRecords(bootstrapServers, mapper, dataSource);
    UUID widget = UUID.randomUUID();
    String before = UUID.randomUUID().toString();
    records.send(before, WidgetRenamed.plain(widget, "before", 1));
    await().atMost(DEADLINE).until(() -> records.received(before) == 1);

    database.cut();
    Instant cutAt = Instant.now();
    String during = UUID.randomUUID().toString();
    String later = UUID.randomUUID().toString();
    records.send(during, WidgetRenamed.plain(widget, "during", 2));
    records.send(during, WidgetRenamed.plain(widget, "during", 2));
    records.send(later, WidgetRenamed.plain(widget, "later", 3));
    Duration outage = Duration.ofMillis(2 * maxPollIntervalMs);
    await()
        .atMost(DEADLINE)
        .until(
            () ->
                Duration.between(cutAt, Instant.now()).compareTo(outage) > 0
                    && readinessReport().contains("waiting for the database since"));
    assertThat(get(readiness).statusCode()).isEqualTo(503);

    database.restore();

    await().atMost(DEADLINE).until(() -> records.received(later) == 1);
    assertThat(records.received(during)).as("applied once, though sent twice").isOne();
    assertThat(
            records.count("SELECT count(*) FROM dead_letter_event WHERE event_id IN (?)", during))
        .as("an outage is no reason to park an event")
        .isZero();
    await().atMost(DEADLINE).until(() -> get(readiness).statusCode() == 200);
  }

  private String readinessReport() {
    return get(readiness).asString();
  }
}
