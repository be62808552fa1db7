package fr.passerelle.referral.privacy;

import fr.passerelle.referral.config.ReferralConfig;
import fr.passerelle.referral.dossier.Referral;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Anonymises the referrals closed for longer than the retention period ({@code
 * passerelle.referral.retention.closed-for-months}, 24 by default), in batches, each in its own
 * transaction with {@code SKIP LOCKED} so that replicas share the work.
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class);

  private static final String DUE =
      "select id from referral where anonymised_at is null and closed_at < ?1"
          + " order by closed_at limit ?2 for update skip locked";

  private final EntityManager entityManager;
  private final Anonymiser anonymiser;
  private final ReferralConfig.Retention config;
  private final Clock clock;

  RetentionJob(
      EntityManager entityManager, Anonymiser anonymiser, ReferralConfig config, Clock clock) {
    this.entityManager = entityManager;
    this.anonymiser = anonymiser;
    this.config = config.retention();
    this.clock = clock;
  }

  @Scheduled(
      identity = "referral-retention",
      cron = "${passerelle.referral.retention.cron:0 30 2 * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /** Anonymises every referral due now; returns how many. */
  public int run() {
    Instant closedBefore =
        clock.instant().atOffset(ZoneOffset.UTC).minusMonths(config.closedForMonths()).toInstant();
    int total = 0;
    int batch;
    do {
      batch = QuarkusTransaction.requiringNew().call(() -> anonymiseBatch(closedBefore));
      total += batch;
    } while (batch == config.batchSize());
    if (total > 0) {
      LOG.infof("Retention: %d referral(s) anonymised", total);
    }
    int orientations = QuarkusTransaction.requiringNew().call(this::forgetOrientations);
    if (orientations > 0) {
      LOG.infof("Retention: %d orientation(s) anonymised", orientations);
    }
    return total;
  }

  /** An orientation's first name and contact are kept a few months after its session. */
  private int forgetOrientations() {
    Instant now = clock.instant();
    Instant heldBefore =
        now.atOffset(ZoneOffset.UTC).minusMonths(config.orientationKeptForMonths()).toInstant();
    return entityManager
        .createNativeQuery(
            "update orientation set first_name = null, phone = null, email = null,"
                + " preferred_channel = null, anonymised_at = ?1"
                + " where anonymised_at is null and coalesce(session_starts_at, created_at) < ?2")
        .setParameter(1, now)
        .setParameter(2, heldBefore)
        .executeUpdate();
  }

  private int anonymiseBatch(Instant closedBefore) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        entityManager
            .createNativeQuery(DUE, UUID.class)
            .setParameter(1, closedBefore)
            .setParameter(2, config.batchSize())
            .getResultList();
    for (UUID id : ids) {
      anonymiser.anonymise(entityManager.find(Referral.class, id), "RETENTION");
    }
    return ids.size();
  }
}
