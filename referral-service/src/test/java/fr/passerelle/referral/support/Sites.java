package fr.passerelle.referral.support;

import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.referral.site.KnownSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;

/**
 * E2C sites as the directory announces them: real CloudEvents on the directory's topic, read by the
 * service's consumer. Each helper waits until the site copy is there.
 */
public final class Sites {

  private Sites() {}

  /** A new active site, known to the service when this returns. */
  public static UUID active() {
    UUID site = UUID.randomUUID();
    publish(DirectoryEvents.SITE_CREATED, site, "ACTIVE");
    awaitCopy(site, true);
    return site;
  }

  public static void close(UUID site) {
    publish(DirectoryEvents.SITE_CLOSED, site, "CLOSED");
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

  private static void publish(EventType<?> type, UUID site, String status) {
    String data =
        "{\"siteId\":\"%s\",\"schoolId\":\"%s\",\"code\":\"E2C-T\",\"name\":\"E2C test site\","
                .formatted(site, UUID.randomUUID())
            + "\"communeCode\":\"59350\",\"postalCode\":\"59000\",\"departmentCode\":\"59\","
            + "\"regionCode\":\"32\",\"latitude\":50.63,\"longitude\":3.06,"
            + "\"status\":\"%s\",\"sectors\":[],\"closedAt\":\"2026-11-26T00:00:00Z\"}"
                .formatted(status);
    DirectoryTopic.publish(type, site.toString(), data);
  }
}
