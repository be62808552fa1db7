package fr.passerelle.prospection.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.prospection.territory.KnownAgency;
import fr.passerelle.prospection.territory.KnownSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Territories as the directory publishes them: a Pôle emploi agency or an E2C site in a department,
 * known to the service when these return. Each test takes its own department-like code where it
 * needs one to itself.
 */
public final class Territories {

  private static final AtomicInteger SAFIRS = new AtomicInteger(70000);

  private Territories() {}

  /** A new agency of this department; returns its SAFIR code. */
  public static String agencyIn(String department, String region) {
    String safir = String.valueOf(SAFIRS.incrementAndGet());
    UUID agency = UUID.randomUUID();
    publish(
        DirectoryEvents.AGENCY_UPSERTED,
        safir,
        ("{\"agencyId\":\"%s\",\"safir\":\"%s\",\"name\":\"Agence test\",\"communeCode\":\"59350\","
                + "\"departmentCode\":\"%s\",\"regionCode\":\"%s\"}")
            .formatted(agency, safir, department, region));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                QuarkusTransaction.requiringNew().call(() -> KnownAgency.findById(safir) != null));
    return safir;
  }

  /** A new active E2C site at this commune's position; returns its id. */
  public static UUID siteIn(
      String communeCode, String department, String region, double latitude, double longitude) {
    UUID site = UUID.randomUUID();
    publish(
        DirectoryEvents.SITE_CREATED,
        site.toString(),
        ("{\"siteId\":\"%s\",\"schoolId\":\"%s\",\"code\":\"E2C-T\",\"name\":\"E2C test site\","
                + "\"communeCode\":\"%s\",\"postalCode\":\"59000\",\"departmentCode\":\"%s\","
                + "\"regionCode\":\"%s\",\"latitude\":%s,\"longitude\":%s,"
                + "\"status\":\"ACTIVE\",\"sectors\":[]}")
            .formatted(
                site, UUID.randomUUID(), communeCode, department, region, latitude, longitude));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> QuarkusTransaction.requiringNew().call(() -> KnownSite.findById(site) != null));
    return site;
  }

  private static void publish(
      fr.passerelle.contracts.events.EventType<?> type, String subject, String data) {
    KafkaTopics.publish(
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
        type,
        UUID.randomUUID().toString(),
        subject,
        data.getBytes(UTF_8));
  }
}
