package fr.passerelle.referral.support;

import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.referral.agency.KnownAgency;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pôle emploi agencies as the directory announces them: a real {@code agency-upserted} event on its
 * topic, read by the service's consumer. Returns once the service knows the agency.
 */
public final class Agencies {

  private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

  private Agencies() {}

  public static void known(String safir) {
    if (KNOWN.contains(safir)) {
      return;
    }
    String data =
        ("{\"agencyId\":\"%s\",\"safir\":\"%s\",\"name\":\"Agence de test\","
                + "\"communeCode\":\"59350\",\"departmentCode\":\"59\",\"regionCode\":\"32\"}")
            .formatted(UUID.randomUUID(), safir);
    DirectoryTopic.publish(DirectoryEvents.AGENCY_UPSERTED, safir, data);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                QuarkusTransaction.requiringNew().call(() -> KnownAgency.findById(safir) != null));
    KNOWN.add(safir);
  }
}
