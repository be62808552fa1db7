package fr.passerelle.prospection.opening;

import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.prospection.config.ProspectionConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Expires the open openings whose end date has passed (the day after it, in France), publishing
 * {@code opening-expired}: an opening expires by itself. Every {@code
 * passerelle.prospection.openings.expiry.every} (15 minutes; {@code off} to stop it on a replica).
 * Openings are taken {@code batch-size} at a time, each batch in its own transaction, with {@code
 * SKIP LOCKED}: replicas share the work, and an officer filling or closing one at the same moment
 * either waits for the job or is passed by (the job then finds it no longer open).
 */
@ApplicationScoped
public class OpeningExpiryJob {

  private static final Logger LOG = Logger.getLogger(OpeningExpiryJob.class);

  private static final String NEXT =
      "select id from opening where status = 'OPEN' and ends_on < ?1"
          + " order by ends_on, id limit ?2 for update skip locked";

  private final EntityManager entityManager;
  private final OpeningService openings;
  private final ProspectionConfig.Openings.Expiry config;
  private final Clock clock;

  OpeningExpiryJob(
      EntityManager entityManager, OpeningService openings, ProspectionConfig config, Clock clock) {
    this.entityManager = entityManager;
    this.openings = openings;
    this.config = config.openings().expiry();
    this.clock = clock;
  }

  @Scheduled(
      identity = "prospection-opening-expiry",
      every = "${passerelle.prospection.openings.expiry.every:PT15M}",
      delayed = "PT1M",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /**
   * One pass, until no open opening is past its end date.
   *
   * @return how many openings expired
   */
  public int run() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    LocalDate today = LocalDate.ofInstant(now, OpeningService.FRANCE);
    int expired = 0;
    int batch;
    do {
      batch = QuarkusTransaction.requiringNew().call(() -> expireBatch(today, now));
      expired += batch;
    } while (batch == config.batchSize());
    if (expired > 0) {
      LOG.infof("Opening expiry: %d opening(s) expired", expired);
    }
    return expired;
  }

  private int expireBatch(LocalDate today, Instant now) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        entityManager
            .createNativeQuery(NEXT, UUID.class)
            .setParameter(1, today)
            .setParameter(2, config.batchSize())
            .getResultList();
    for (UUID id : ids) {
      Opening opening = entityManager.find(Opening.class, id);
      if (opening.isOverOn(today)) {
        opening.expire(now);
        openings.publishEvent(ProspectionEvents.OPENING_EXPIRED, opening, now);
      }
    }
    return ids.size();
  }
}
