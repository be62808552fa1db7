package fr.passerelle.system;

import static fr.passerelle.platform.testing.KafkaTopics.header;
import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.http.Headers;
import fr.passerelle.platform.testing.KafkaTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** One trace id from a request at the gateway to the log line of the consumer of its event. */
class TracingTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @Test
  void a_trace_id_travels_from_the_gateway_through_kafka_to_a_consumer() {
    String traceId = HexFormat.of().formatHex(randomBytes(16));
    String site =
        as(DirectoryData.admin())
            .header(Headers.TRACEPARENT, "00-" + traceId + "-" + "00f067aa0ba902b7" + "-01")
            .body(DirectoryData.site(DirectoryData.school(), "21231", "21000"))
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    ConsumerRecord<String, byte[]> created =
        await().atMost(DEADLINE).until(() -> siteCreated(site), Optional::isPresent).get();
    assertThat(header(created, Headers.TRACEPARENT))
        .as("the directory's outbox carries the request's trace")
        .startsWith("00-" + traceId + "-");

    Path referralLog = SystemStack.get().config().logs().resolve("referral.log");
    String copied =
        await()
            .atMost(DEADLINE)
            .until(
                () -> lineOf(referralLog, "Site " + site + " copied from the directory"),
                Optional::isPresent)
            .get();
    assertThat(copied).as("the referral service's consumer continues it").contains(traceId);
  }

  private static Optional<ConsumerRecord<String, byte[]>> siteCreated(String site) {
    return KafkaTopics.events(
            SystemStack.get().kafka().bootstrapServers(),
            DirectoryEvents.TOPIC,
            site,
            DirectoryEvents.SITE_CREATED.type())
        .stream()
        .findFirst();
  }

  private static Optional<String> lineOf(Path log, String text) throws IOException {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).findFirst();
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
