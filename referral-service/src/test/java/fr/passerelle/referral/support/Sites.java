package fr.passerelle.referral.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import fr.passerelle.referral.site.KnownSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * E2C sites as the directory announces them: real CloudEvents on the directory's topic, read by the
 * service's consumer. Each helper waits until the site copy is there.
 */
public final class Sites {

  private Sites() {}

  /** A new active site, known to the service when this returns. */
  public static UUID active() {
    UUID site = UUID.randomUUID();
    publish("site-created", site, "ACTIVE");
    awaitCopy(site, true);
    return site;
  }

  public static void close(UUID site) {
    publish("site-closed", site, "CLOSED");
    awaitCopy(site, false);
  }

  private static void awaitCopy(UUID site, boolean active) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () -> {
                          KnownSite known = KnownSite.findById(site);
                          return known != null && known.active == active;
                        }));
  }

  private static void publish(String event, UUID site, String status) {
    String data =
        "{\"siteId\":\"%s\",\"schoolId\":\"%s\",\"code\":\"E2C-T\",\"name\":\"E2C test site\","
                .formatted(site, UUID.randomUUID())
            + "\"communeCode\":\"59350\",\"postalCode\":\"59000\",\"departmentCode\":\"59\","
            + "\"regionCode\":\"32\",\"latitude\":50.63,\"longitude\":3.06,"
            + "\"status\":\"%s\",\"sectors\":[],\"closedAt\":\"2026-11-26T00:00:00Z\"}"
                .formatted(status);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>("passerelle.directory.v1", site.toString(), data.getBytes(UTF_8));
    Map.of(
            "ce_specversion",
            "1.0",
            "ce_id",
            UUID.randomUUID().toString(),
            "ce_type",
            "fr.passerelle.directory." + event + ".v1",
            "ce_source",
            "/passerelle/directory",
            "ce_subject",
            site.toString(),
            "ce_time",
            OffsetDateTime.now().toString(),
            "content-type",
            "application/json")
        .forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
    String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish the site event", e);
    }
  }
}
