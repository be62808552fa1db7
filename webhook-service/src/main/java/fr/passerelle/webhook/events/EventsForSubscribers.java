package fr.passerelle.webhook.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.referral.OrientationChanged;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReferralSubmitted;
import fr.passerelle.platform.consumer.EventApplier;
import fr.passerelle.platform.consumer.EventConsumer;
import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.webhook.delivery.DeliveryQueue;
import fr.passerelle.webhook.delivery.Dispatcher;
import fr.passerelle.webhook.subscription.Subscription;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every topic and queues each event for the subscriptions that want it and may see it, in the
 * same transaction as the consumer's record of the event: an event is queued once, and none is lost
 * between Kafka and the queue. Channel {@code webhooks} (application.properties).
 */
@ApplicationScoped
public class EventsForSubscribers implements EventConsumer {

  static final String NAME = "webhooks";
  private static final Object SUBSCRIPTIONS = new Object();

  private final EventApplier events;
  private final ObjectMapper mapper;
  private final DeliveryQueue queue;
  private final Dispatcher dispatcher;
  private final TransactionSynchronizationRegistry transaction;

  EventsForSubscribers(
      EventApplier events,
      ObjectMapper mapper,
      DeliveryQueue queue,
      Dispatcher dispatcher,
      TransactionSynchronizationRegistry transaction) {
    this.events = events;
    this.mapper = mapper;
    this.queue = queue;
    this.dispatcher = dispatcher;
    this.transaction = transaction;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Incoming(NAME)
  @Blocking
  void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException {
    // In batches: one transaction and one wake-up of the dispatcher for many events.
    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
    records.forEach(batch::add);
    events.applyAll(this, batch);
    dispatcher.wake();
  }

  @Override
  public void handle(InboundEvent event) {
    rememberOwner(event);
    // Disabled subscriptions get their events queued too: they go out once it is enabled again.
    List<Subscription> receivers =
        subscriptions().stream()
            .filter(s -> s.wants(event.type()) && mayReceive(s, event))
            .toList();
    if (receivers.isEmpty()) {
      return;
    }
    String body = StructuredCloudEvent.of(event, mapper);
    for (Subscription subscription : receivers) {
      queue.enqueue(subscription.id, event, body);
    }
  }

  /**
   * Every subscription, read once per transaction: a batch of events shares one read, and a
   * subscription created meanwhile gets the events of the next batch.
   */
  @SuppressWarnings("unchecked")
  private List<Subscription> subscriptions() {
    List<Subscription> all = (List<Subscription>) transaction.getResource(SUBSCRIPTIONS);
    if (all == null) {
      all = Subscription.listAll();
      transaction.putResource(SUBSCRIPTIONS, all);
    }
    return all;
  }

  private static boolean mayReceive(Subscription subscription, InboundEvent event) {
    Audience audience = subscription.audience;
    if (!audience.mayReceive(event.type())) {
      return false;
    }
    if (!audience.ownsOnly(event.type())) {
      return true;
    }
    AggregateOwner owner =
        event.subject() == null ? null : AggregateOwner.findById(event.subject());
    return owner != null && owner.clientId.equals(subscription.owner);
  }

  /** The client of a referral or an orientation, from the event that starts it. */
  private void rememberOwner(InboundEvent event) {
    String client = null;
    if (event.is(ReferralEvents.SUBMITTED)) {
      ReferralSubmitted submitted = event.payload(ReferralEvents.SUBMITTED, mapper);
      client = submitted.clientId();
    } else if (event.is(ReferralEvents.ORIENTATION_CHANGED)) {
      OrientationChanged changed = event.payload(ReferralEvents.ORIENTATION_CHANGED, mapper);
      client = changed.clientId();
    }
    if (client != null
        && event.subject() != null
        && AggregateOwner.findById(event.subject()) == null) {
      AggregateOwner owner = new AggregateOwner();
      owner.aggregateId = event.subject();
      owner.clientId = client;
      owner.persist();
    }
  }
}
