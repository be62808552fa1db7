package fr.passerelle.prospection.lead;

import fr.passerelle.prospection.config.ProspectionConfig;
import fr.passerelle.prospection.employer.Employer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Ends the leads whose window is over, publishing {@code lead-expired}: a lead expires by itself.
 * Every {@code passerelle.prospection.lead.expiry.every} (5 minutes; {@code off} to stop it on a
 * replica). Each employer is handled in its own transaction, its row picked with {@code SKIP
 * LOCKED} and locked first, as every change of a lead locks it: replicas share the work, and a
 * taker or a contact on the same employer waits for the job or the job passes it by.
 */
@ApplicationScoped
public class LeadExpiryJob {

  private static final Logger LOG = Logger.getLogger(LeadExpiryJob.class);

  private static final String NEXT =
      "select e.id from employer e join employer_lead l on l.employer_id = e.id"
          + " where l.ended_at is null and l.lead_until <= ?1"
          + " order by l.lead_until limit 1 for update of e skip locked";

  private final EntityManager entityManager;
  private final LeadService leads;
  private final ProspectionConfig.Lead config;
  private final Clock clock;

  LeadExpiryJob(
      EntityManager entityManager, LeadService leads, ProspectionConfig config, Clock clock) {
    this.entityManager = entityManager;
    this.leads = leads;
    this.config = config.lead();
    this.clock = clock;
  }

  @Scheduled(
      identity = "prospection-lead-expiry",
      every = "${passerelle.prospection.lead.expiry.every:PT5M}",
      delayed = "PT1M",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /**
   * One pass, at most {@code batch-size} leads.
   *
   * @return how many leads expired
   */
  public int run() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int expired = 0;
    while (expired < config.expiry().batchSize()
        && QuarkusTransaction.requiringNew().call(() -> expireOne(now))) {
      expired++;
    }
    if (expired > 0) {
      LOG.infof("Lead expiry: %d lead(s) expired", expired);
    }
    return expired;
  }

  private boolean expireOne(Instant now) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        entityManager.createNativeQuery(NEXT, UUID.class).setParameter(1, now).getResultList();
    if (ids.isEmpty()) {
      return false;
    }
    return leads.expireIfOver(entityManager.find(Employer.class, ids.get(0)), now);
  }
}
