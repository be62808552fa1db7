package fr.passerelle.directory.session;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.directory.config.DirectoryConfig;
import fr.passerelle.directory.site.Site;
import fr.passerelle.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Marks the scheduled sessions that have ended as DONE and publishes session-done for each, every
 * {@code passerelle.directory.sessions-done.every} (5 minutes). Sessions are taken in batches of
 * {@code batch-size}, each batch in its own transaction with {@code SKIP LOCKED}, so that replicas
 * share the work and a booking or a cancellation that holds a session's lock is not waited for.
 */
@ApplicationScoped
public class SessionsDoneJob {

  private static final Logger LOG = Logger.getLogger(SessionsDoneJob.class);

  private static final String ENDED =
      "select id from information_session where status = 'SCHEDULED' and ends_at <= ?1"
          + " order by ends_at limit ?2 for update skip locked";

  private final EntityManager entityManager;
  private final Outbox outbox;
  private final DirectoryConfig.SessionsDone config;
  private final Clock clock;

  SessionsDoneJob(EntityManager entityManager, Outbox outbox, DirectoryConfig config, Clock clock) {
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.config = config.sessionsDone();
    this.clock = clock;
  }

  @Scheduled(
      identity = "directory-sessions-done",
      every = "${passerelle.directory.sessions-done.every:PT5M}",
      delayed = "PT1M",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /** Marks every session that has ended by now as DONE; returns how many. */
  public int run() {
    Instant now = clock.instant();
    int total = 0;
    int batch;
    do {
      batch = QuarkusTransaction.requiringNew().call(() -> finishBatch(now));
      total += batch;
    } while (batch == config.batchSize());
    return total;
  }

  private int finishBatch(Instant now) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        entityManager
            .createNativeQuery(ENDED, UUID.class)
            .setParameter(1, now)
            .setParameter(2, config.batchSize())
            .getResultList();
    for (UUID id : ids) {
      InformationSession session = entityManager.find(InformationSession.class, id);
      session.finish(now);
      entityManager.flush();
      outbox.publish(
          DirectoryEvents.SESSION_DONE, session.id, session.details(Site.require(session.siteId)));
      LOG.infof("Session %s done", session.id);
    }
    return ids.size();
  }
}
