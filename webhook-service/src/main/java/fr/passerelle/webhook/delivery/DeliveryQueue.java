package fr.passerelle.webhook.delivery;

import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.webhook.config.WebhookConfig;
import fr.passerelle.webhook.subscription.Subscription;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The deliveries waiting in the database, and what each attempt does to them. Claiming leases a
 * delivery to this sender; the lease outlives an attempt, so a sender that dies mid-attempt leaves
 * it to expire and the delivery is attempted again: a crash may deliver twice, never zero times.
 */
@ApplicationScoped
public class DeliveryQueue {

  private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

  /**
   * Enabled subscriptions with something due, and how many of their deliveries are in flight: the
   * per-endpoint cap leaves each one {@code per-endpoint-concurrency} minus that.
   */
  private static final String DUE_SUBSCRIPTIONS =
      """
      SELECT s.id,
             (SELECT count(*) FROM delivery b
              WHERE b.subscription_id = s.id AND b.status = 'PENDING' AND b.leased_until >= :now)
      FROM subscription s
      WHERE s.enabled AND EXISTS (
        SELECT 1 FROM delivery d
        WHERE d.subscription_id = s.id AND d.status = 'PENDING' AND d.next_attempt_at <= :now)
      """;

  /**
   * The first due deliveries of one subscription, in order, none behind an earlier delivery of the
   * same subject still waiting for its first attempt or in flight (so one subject's events are
   * attempted in order, one at a time), leased to this sender; rows another sender is claiming are
   * skipped. Both steps follow the partial indexes on the pending deliveries.
   */
  private static final String CLAIM =
      """
      UPDATE delivery SET leased_until = :leaseEnd
      WHERE id IN (
        SELECT d.id FROM delivery d
        WHERE d.subscription_id = :subscription AND d.status = 'PENDING'
          AND d.next_attempt_at <= :now
          AND (d.leased_until IS NULL OR d.leased_until < :now)
          AND NOT EXISTS (
            SELECT 1 FROM delivery e
            WHERE e.subscription_id = d.subscription_id AND e.subject = d.subject
              AND e.status = 'PENDING' AND e.seq < d.seq
              AND (e.attempts = 0 OR e.leased_until >= :now))
        ORDER BY d.next_attempt_at, d.seq
        LIMIT :limit
        FOR UPDATE SKIP LOCKED)
      RETURNING id, event_id, body
      """;

  private final Clock clock;
  private final RetrySchedule schedule;
  private final WebhookConfig config;
  private final Duration lease;

  DeliveryQueue(Clock clock, RetrySchedule schedule, WebhookConfig config) {
    this.clock = clock;
    this.schedule = schedule;
    this.config = config;
    this.lease = config.timeout().multipliedBy(3);
  }

  /**
   * Leases up to {@code limit} due deliveries to this sender, each endpoint within its cap, with
   * what sending them needs.
   */
  @Transactional
  public List<Outgoing> claim(int limit) {
    Instant now = now();
    EntityManager entityManager = Panache.getEntityManager();
    // The queue's size changes fast: a plan cached for an empty queue must not serve a full one.
    entityManager
        .createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan")
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        entityManager
            .createNativeQuery(DUE_SUBSCRIPTIONS)
            .setParameter("now", Timestamp.from(now))
            .getResultList();
    List<Outgoing> claimed = new ArrayList<>();
    for (Object[] subscription : due) {
      int free =
          Math.min(
              limit - claimed.size(),
              config.perEndpointConcurrency() - ((Number) subscription[1]).intValue());
      if (free <= 0) {
        continue;
      }
      Subscription endpoint = Subscription.findById(subscription[0]);
      List<String> secrets = endpoint.signingSecrets(now);
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          entityManager
              .createNativeQuery(CLAIM)
              .setParameter("subscription", subscription[0])
              .setParameter("now", Timestamp.from(now))
              .setParameter("leaseEnd", Timestamp.from(now.plus(lease)))
              .setParameter("limit", free)
              .getResultList();
      for (Object[] row : rows) {
        claimed.add(
            new Outgoing((UUID) row[0], endpoint.url, (String) row[1], (String) row[2], secrets));
      }
      if (claimed.size() >= limit) {
        break;
      }
    }
    return claimed;
  }

  /**
   * Queues an event for a subscription, due now. The consumer records each event once, so an event
   * is queued once per subscription (the table's key says so too).
   */
  public void enqueue(UUID subscriptionId, InboundEvent event, String body) {
    Instant now = now();
    Delivery delivery = new Delivery();
    delivery.id = UUID.randomUUID();
    delivery.subscriptionId = subscriptionId;
    delivery.eventId = event.id();
    delivery.eventType = event.type();
    delivery.subject = event.subject();
    delivery.eventTime = event.timeOrNow();
    delivery.body = body;
    delivery.status = DeliveryStatus.PENDING;
    delivery.nextAttemptAt = now;
    delivery.createdAt = now;
    delivery.persist();
  }

  /** What a leased delivery needs to be sent: where, what, signed with what. */
  public record Outgoing(
      UUID deliveryId, String url, String eventId, String body, List<String> secrets) {}

  /**
   * Records an attempt: delivered; or due again by the schedule, or failed when it is spent; a
   * {@code 410} disables the subscription, and so does an endpoint that has not succeeded once for
   * {@code disable-after}.
   */
  @Transactional
  public void record(UUID deliveryId, AttemptResult result) {
    Instant now = now();
    Delivery delivery = Delivery.findById(deliveryId);
    Subscription subscription =
        delivery == null ? null : Subscription.findById(delivery.subscriptionId);
    if (subscription == null) {
      return; // deleted, with its deliveries, during the attempt
    }
    delivery.attempts++;
    delivery.lastAttemptAt = now;
    delivery.lastOutcome = result.outcome().name();
    delivery.leasedUntil = null;
    Attempt.record(deliveryId, now, result);
    if (result.outcome().succeeded()) {
      delivery.status = DeliveryStatus.DELIVERED;
      delivery.nextAttemptAt = null;
      if (subscription.failingSince != null) {
        Subscription.update(
            "failingSince = null where id = ?1 and failingSince is not null", subscription.id);
      }
      return;
    }
    Instant failingSince = subscription.failingSince;
    if (failingSince == null) {
      failingSince = now;
      Subscription.update(
          "failingSince = ?1 where id = ?2 and failingSince is null", now, subscription.id);
    }
    if (result.outcome() == AttemptOutcome.GONE) {
      delivery.status = DeliveryStatus.FAILED;
      delivery.nextAttemptAt = null;
      disable(subscription, "the endpoint answered 410 Gone on " + now, now);
      return;
    }
    if (!failingSince.plus(config.disableAfter()).isAfter(now)) {
      disable(
          subscription,
          "no delivery succeeded since "
              + failingSince
              + " ("
              + config.disableAfter().toDays()
              + " days); the last attempt: "
              + describe(result),
          now);
    }
    var next = schedule.next(delivery.attempts, now, result.retryAfter());
    if (next.isPresent()) {
      delivery.nextAttemptAt = next.get();
    } else {
      delivery.status = DeliveryStatus.FAILED;
      delivery.nextAttemptAt = null;
    }
  }

  /**
   * Disables the subscription unless it is already: one statement, which changes its version (its
   * ETag) without checking it, so that attempts ending together never conflict over the row; the
   * failing time is written the same way, leaving the version alone, as it is not the owner's.
   */
  private static void disable(Subscription subscription, String reason, Instant now) {
    int changed =
        Subscription.getEntityManager()
            .createQuery(
                "update versioned Subscription s set s.enabled = false, s.disabledReason = :reason,"
                    + " s.disabledAt = :now, s.updatedAt = :now"
                    + " where s.id = :id and s.enabled = true")
            .setParameter("reason", reason)
            .setParameter("now", now)
            .setParameter("id", subscription.id)
            .executeUpdate();
    if (changed > 0) {
      LOG.warnf("Subscription %s disabled: %s", subscription.id, reason);
    }
  }

  private static String describe(AttemptResult result) {
    return result.error() == null ? result.outcome().name() : result.error();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
