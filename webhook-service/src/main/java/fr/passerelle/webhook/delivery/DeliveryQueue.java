package fr.passerelle.webhook.delivery;

import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.webhook.config.WebhookConfig;
import fr.passerelle.webhook.subscription.Subscription;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
   * Due deliveries of enabled subscriptions, in order, within the per-endpoint cap, and none behind
   * an earlier delivery of the same subject still waiting for its first attempt or in flight (so
   * one subject's events are attempted in order, one at a time).
   */
  private static final String CLAIM =
      """
      WITH candidates AS (
        SELECT d.id, d.subscription_id, d.next_attempt_at, d.seq,
               row_number() OVER (PARTITION BY d.subscription_id ORDER BY d.next_attempt_at, d.seq) AS rank
        FROM delivery d JOIN subscription s ON s.id = d.subscription_id AND s.enabled
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
          AND (d.leased_until IS NULL OR d.leased_until < :now)
          AND NOT EXISTS (
            SELECT 1 FROM delivery e
            WHERE e.subscription_id = d.subscription_id AND e.subject = d.subject
              AND e.status = 'PENDING' AND e.seq < d.seq
              AND (e.attempts = 0 OR e.leased_until >= :now))
      ), busy AS (
        SELECT subscription_id, count(*) AS n FROM delivery
        WHERE status = 'PENDING' AND leased_until >= :now GROUP BY subscription_id
      ), chosen AS (
        SELECT c.id FROM candidates c LEFT JOIN busy b ON b.subscription_id = c.subscription_id
        WHERE c.rank + coalesce(b.n, 0) <= :perEndpoint
        ORDER BY c.next_attempt_at, c.seq LIMIT :limit
      )
      UPDATE delivery SET leased_until = :leaseEnd
      WHERE id IN (SELECT id FROM chosen) AND status = 'PENDING'
        AND (leased_until IS NULL OR leased_until < :now)
      RETURNING id
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

  /** Leases up to {@code limit} due deliveries to this sender. */
  @Transactional
  public List<UUID> claim(int limit) {
    Instant now = now();
    @SuppressWarnings("unchecked")
    List<Object> ids =
        Panache.getEntityManager()
            .createNativeQuery(CLAIM)
            .setParameter("now", Timestamp.from(now))
            .setParameter("leaseEnd", Timestamp.from(now.plus(lease)))
            .setParameter("perEndpoint", config.perEndpointConcurrency())
            .setParameter("limit", limit)
            .getResultList();
    return ids.stream().map(id -> (UUID) id).toList();
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

  /** Empty when the subscription was deleted, with its deliveries, since the claim. */
  @Transactional
  public Optional<Outgoing> outgoing(UUID deliveryId) {
    Delivery delivery = Delivery.findById(deliveryId);
    Subscription subscription =
        delivery == null ? null : Subscription.findById(delivery.subscriptionId);
    if (subscription == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Outgoing(
            delivery.id,
            subscription.url,
            delivery.eventId,
            delivery.body,
            subscription.signingSecrets(clock.instant())));
  }

  /**
   * Records an attempt: delivered; or due again by the schedule, or failed when it is spent; a
   * {@code 410} disables the subscription, and so does an endpoint that has not succeeded once for
   * {@code disable-after}.
   */
  @Transactional
  public void record(UUID deliveryId, AttemptResult result) {
    Instant now = now();
    Delivery delivery = Delivery.findById(deliveryId);
    // Locked: the attempts in flight to one endpoint each update its failingSince, one at a time.
    Subscription subscription =
        delivery == null
            ? null
            : Subscription.findById(delivery.subscriptionId, LockModeType.PESSIMISTIC_WRITE);
    if (subscription == null) {
      return; // deleted, with its deliveries, during the attempt
    }
    delivery.attempts++;
    delivery.lastAttemptAt = now;
    delivery.lastOutcome = result.outcome().name();
    delivery.leasedUntil = null;
    Attempt attempt = new Attempt();
    attempt.deliveryId = deliveryId;
    attempt.attemptedAt = now;
    attempt.statusCode = result.statusCode();
    attempt.outcome = result.outcome();
    attempt.error = result.error();
    attempt.latencyMs = result.latencyMs();
    attempt.persist();
    if (result.outcome().succeeded()) {
      delivery.status = DeliveryStatus.DELIVERED;
      delivery.nextAttemptAt = null;
      subscription.failingSince = null;
      return;
    }
    if (subscription.failingSince == null) {
      subscription.failingSince = now;
    }
    if (result.outcome() == AttemptOutcome.GONE) {
      delivery.status = DeliveryStatus.FAILED;
      delivery.nextAttemptAt = null;
      disable(subscription, "the endpoint answered 410 Gone on " + now, now);
      return;
    }
    if (!subscription.failingSince.plus(config.disableAfter()).isAfter(now)) {
      disable(
          subscription,
          "no delivery succeeded since "
              + subscription.failingSince
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

  private static void disable(Subscription subscription, String reason, Instant now) {
    if (subscription.enabled) {
      subscription.disable(reason, now);
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
