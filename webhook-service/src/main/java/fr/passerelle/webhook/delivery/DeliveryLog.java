package fr.passerelle.webhook.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.webhook.delivery.DeliveryApi.AttemptView;
import fr.passerelle.webhook.delivery.DeliveryApi.DeliveryDetail;
import fr.passerelle.webhook.delivery.DeliveryApi.DeliveryView;
import fr.passerelle.webhook.delivery.DeliveryApi.PingResult;
import fr.passerelle.webhook.events.StructuredCloudEvent;
import fr.passerelle.webhook.subscription.Subscription;
import fr.passerelle.webhook.subscription.SubscriptionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A subscription's deliveries as its owner sees them, redeliveries, and the test event. */
@ApplicationScoped
public class DeliveryLog {

  static final String PING_TYPE = "fr.passerelle.webhook.ping.v1";
  static final String SOURCE = "/passerelle/webhook";

  private final SubscriptionService subscriptions;
  private final WebhookSender sender;
  private final Dispatcher dispatcher;
  private final ObjectMapper mapper;
  private final Clock clock;

  DeliveryLog(
      SubscriptionService subscriptions,
      WebhookSender sender,
      Dispatcher dispatcher,
      ObjectMapper mapper,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.sender = sender;
    this.dispatcher = dispatcher;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Newest first, optionally of one status. */
  @Transactional
  public Page<DeliveryView> list(UUID subscriptionId, DeliveryStatus status, PageRequest page) {
    subscriptions.own(subscriptionId, LockModeType.NONE);
    return KeysetPage.of(Delivery.class, "d")
        .whereEquals("d.subscriptionId", subscriptionId)
        .whereEquals("d.status", status)
        .orderBy(SortKey.number("-d.seq", d -> -d.seq))
        .fetch(page)
        .map(DeliveryView::of);
  }

  @Transactional
  public DeliveryDetail get(UUID subscriptionId, UUID deliveryId) {
    Delivery delivery = own(subscriptionId, deliveryId);
    List<AttemptView> latest =
        new ArrayList<>(
            Attempt.<Attempt>find("deliveryId = ?1 order by id desc", deliveryId)
                .page(0, DeliveryApi.ATTEMPTS_SHOWN)
                .list()
                .stream()
                .map(AttemptView::of)
                .toList());
    Collections.reverse(latest);
    return new DeliveryDetail(DeliveryView.of(delivery), latest);
  }

  /** Queues one delivery again, due now, with the whole schedule of retries ahead of it. */
  @Transactional
  public DeliveryView redeliver(UUID subscriptionId, UUID deliveryId) {
    Delivery delivery = own(subscriptionId, deliveryId);
    requeue(delivery, now());
    dispatcher.wake();
    return DeliveryView.of(delivery);
  }

  /** Queues again every delivery of events that happened at or after {@code since}. */
  @Transactional
  public int redeliverSince(UUID subscriptionId, Instant since) {
    subscriptions.own(subscriptionId, LockModeType.NONE);
    Instant now = now();
    int queued =
        Delivery.update(
            "status = ?1, attempts = 0, nextAttemptAt = ?2, leasedUntil = null"
                + " where subscriptionId = ?3 and eventTime >= ?4 and eventType <> ?5",
            DeliveryStatus.PENDING,
            now,
            subscriptionId,
            since,
            PING_TYPE);
    dispatcher.wake();
    return queued;
  }

  /** Sends a test event now, whatever the subscription's state, and records it in the log. */
  public PingResult ping(UUID subscriptionId) throws InterruptedException {
    Subscription subscription =
        QuarkusTransaction.requiringNew()
            .call(() -> subscriptions.own(subscriptionId, LockModeType.NONE));
    Instant now = now();
    String eventId = UUID.randomUUID().toString();
    String body =
        StructuredCloudEvent.of(
            mapper,
            eventId,
            PING_TYPE,
            SOURCE,
            subscriptionId.toString(),
            now,
            mapper.valueToTree(
                Map.of(
                    "subscriptionId",
                    subscriptionId.toString(),
                    "message",
                    "Test event from Passerelle: your endpoint receives and verifies webhooks.")));
    AttemptResult result =
        sender.send(subscription.url, eventId, body, subscription.signingSecrets(now));
    return QuarkusTransaction.requiringNew()
        .call(() -> recordPing(subscriptionId, eventId, body, now, result));
  }

  private PingResult recordPing(
      UUID subscriptionId, String eventId, String body, Instant now, AttemptResult result) {
    Delivery delivery = new Delivery();
    delivery.id = UUID.randomUUID();
    delivery.subscriptionId = subscriptionId;
    delivery.eventId = eventId;
    delivery.eventType = PING_TYPE;
    delivery.subject = subscriptionId.toString();
    delivery.eventTime = now;
    delivery.body = body;
    delivery.status =
        result.outcome().succeeded() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED;
    delivery.attempts = 1;
    delivery.lastAttemptAt = now;
    delivery.lastOutcome = result.outcome().name();
    delivery.createdAt = now;
    delivery.persist();
    return new PingResult(
        delivery.id, eventId, AttemptView.of(Attempt.record(delivery.id, now, result)));
  }

  private Delivery own(UUID subscriptionId, UUID deliveryId) {
    subscriptions.own(subscriptionId, LockModeType.NONE);
    Delivery delivery = Delivery.findById(deliveryId);
    if (delivery == null || !delivery.subscriptionId.equals(subscriptionId)) {
      throw new ResourceNotFoundException("delivery", deliveryId);
    }
    return delivery;
  }

  private static void requeue(Delivery delivery, Instant now) {
    delivery.status = DeliveryStatus.PENDING;
    delivery.attempts = 0;
    delivery.nextAttemptAt = now;
    delivery.leasedUntil = null;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
