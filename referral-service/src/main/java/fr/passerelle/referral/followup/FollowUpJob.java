package fr.passerelle.referral.followup;

import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReminderDue;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.problem.ServiceUnavailableException;
import fr.passerelle.referral.config.ReferralConfig;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.dossier.Status;
import fr.passerelle.referral.path.PathService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Follows up referrals left without action: a reminder event after {@code remind-after} (10 days)
 * while the E2C's answer is awaited, expiry after {@code expire-after} (30 days) for a submitted
 * referral nobody opened, and closure of any open referral nobody acted on for {@code
 * close-inactive-after-months} (12). Each referral is handled in its own transaction and picked
 * with {@code SKIP LOCKED}, so replicas share the work and a failure touches one referral only.
 */
@ApplicationScoped
public class FollowUpJob {

  private static final Logger LOG = Logger.getLogger(FollowUpJob.class);

  private static final String AWAITING =
      "select id from referral where closed_at is null and reminded_at is null"
          + " and status in (?2)"
          + " and last_action_at < ?1 order by last_action_at limit 1 for update skip locked";

  private static final String UNANSWERED =
      "select id from referral where closed_at is null and status in (?2)"
          + " and last_action_at < ?1"
          + " order by last_action_at limit 1 for update skip locked";

  /** What the state machine lets expire, and what waits for the E2C's answer. */
  private static final List<String> EXPIRING =
      Arrays.stream(Status.values()).filter(Action.EXPIRE::isAllowedFrom).map(Enum::name).toList();

  private static final List<String> OPEN = Status.OPEN.stream().map(Enum::name).toList();

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private static final List<String> AWAITING_STATUSES =
      Status.AWAITING_E2C.stream().map(Enum::name).toList();

  private final EntityManager entityManager;
  private final PathService path;
  private final Outbox outbox;
  private final ReferralConfig.FollowUp config;
  private final Clock clock;

  FollowUpJob(
      EntityManager entityManager,
      PathService path,
      Outbox outbox,
      ReferralConfig config,
      Clock clock) {
    this.entityManager = entityManager;
    this.path = path;
    this.outbox = outbox;
    this.config = config.followUp();
    this.clock = clock;
  }

  @Scheduled(
      identity = "referral-follow-up",
      every = "${passerelle.referral.follow-up.every:PT15M}",
      delayed = "PT1M",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /**
   * One pass: closures and expiries first (a closed referral needs no reminder), then reminders.
   */
  public Result run() {
    Instant now = clock.instant();
    Instant inactiveSince =
        now.atZone(FRANCE).minusMonths(config.closeInactiveAfterMonths()).toInstant();
    int closed = repeat(() -> closeInactiveOne(inactiveSince));
    int expired = repeat(() -> expireOne(now.minus(config.expireAfter())));
    int reminded = repeat(() -> remindOne(now.minus(config.remindAfter())));
    if (closed + expired + reminded > 0) {
      LOG.infof(
          "Follow-up: %d inactive referral(s) closed, %d expired, %d reminder(s) raised",
          closed, expired, reminded);
    }
    return new Result(closed, expired, reminded);
  }

  public record Result(int closedInactive, int expired, int reminded) {}

  private boolean closeInactiveOne(Instant idleBefore) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Referral referral = next(UNANSWERED, OPEN, idleBefore);
              if (referral == null) {
                return false;
              }
              path.actAsSystem(
                  referral, Action.CLOSE_INACTIVE, "INACTIVE", (r, now) -> r.closeInactive(now));
              return true;
            });
  }

  private boolean expireOne(Instant idleBefore) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Referral referral = next(UNANSWERED, EXPIRING, idleBefore);
              if (referral == null) {
                return false;
              }
              path.actAsSystem(referral, Action.EXPIRE, null, (r, now) -> r.expire(now));
              return true;
            });
  }

  private boolean remindOne(Instant idleBefore) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Referral referral = next(AWAITING, AWAITING_STATUSES, idleBefore);
              if (referral == null) {
                return false;
              }
              referral.remindedAt = clock.instant();
              outbox.publish(
                  ReferralEvents.REMINDER_DUE,
                  referral.id,
                  new ReminderDue(
                      referral.id,
                      referral.siteId,
                      referral.agencySafir,
                      referral.status.name(),
                      referral.lastActionAt));
              return true;
            });
  }

  private Referral next(String query, List<String> statuses, Instant idleBefore) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        entityManager
            .createNativeQuery(query, UUID.class)
            .setParameter(1, idleBefore)
            .setParameter(2, statuses)
            .getResultList();
    return ids.isEmpty() ? null : entityManager.find(Referral.class, ids.get(0));
  }

  private int repeat(java.util.function.BooleanSupplier step) {
    int done = 0;
    try {
      while (done < config.batchSize() && step.getAsBoolean()) {
        done++;
      }
    } catch (ServiceUnavailableException e) {
      LOG.warnf("Follow-up paused until its next run: %s", e.getMessage());
    }
    return done;
  }
}
