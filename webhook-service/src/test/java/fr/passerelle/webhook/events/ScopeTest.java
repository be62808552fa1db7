package fr.passerelle.webhook.events;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.testing.Callers;
import fr.passerelle.platform.testing.StandardWebhooks;
import fr.passerelle.webhook.support.Payloads;
import fr.passerelle.webhook.support.Published;
import fr.passerelle.webhook.support.Published.Sent;
import fr.passerelle.webhook.support.Receiver;
import fr.passerelle.webhook.support.Receiver.Webhook;
import fr.passerelle.webhook.support.Subscriptions;
import fr.passerelle.webhook.support.Subscriptions.Created;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription receives what its client may read through the API, however wide the event types it
 * asked for: the Pôle emploi system its own referrals (and the directory), a partner the directory,
 * the administrator the directory and prospection, never a referral.
 */
@QuarkusTest
class ScopeTest {

  private static final String EVERYTHING = "fr.passerelle.*";

  private final Subscriptions subscriptions = new Subscriptions();
  private final Published published = new Published();
  private final List<Receiver> receivers = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    subscriptions.deleteAll();
    receivers.forEach(Receiver::close);
  }

  @Test
  void each_subscription_receives_only_the_events_its_client_may_read() {
    Receiver peReceiver = receiver();
    Receiver otherPeReceiver = receiver();
    Receiver partnerReceiver = receiver();
    Receiver adminReceiver = receiver();
    Created pe = subscriptions.create(Callers::peSystem, peReceiver.url(), EVERYTHING);
    Created otherPe =
        subscriptions.create(
            () -> Callers.peSystem("other-system"),
            otherPeReceiver.url(),
            "fr.passerelle.referral.*");
    Created partner = subscriptions.create(Callers::partner, partnerReceiver.url(), EVERYTHING);
    Created admin = subscriptions.create(Callers::admin, adminReceiver.url(), EVERYTHING);

    UUID site = UUID.randomUUID();
    UUID own = UUID.randomUUID();
    UUID others = UUID.randomUUID();
    UUID employer = UUID.randomUUID();
    Sent siteClosed = published.event(DirectoryEvents.SITE_CLOSED, site, Payloads.siteClosed(site));
    Sent ownSubmitted =
        published.event(
            ReferralEvents.SUBMITTED,
            own,
            Payloads.referralSubmitted(own, Callers.PE_INFORMATION_SYSTEM));
    Sent othersSubmitted =
        published.event(
            ReferralEvents.SUBMITTED, others, Payloads.referralSubmitted(others, "other-system"));
    Sent ownInvited = published.event(ReferralEvents.STATUS_CHANGED, own, Payloads.invited(own));
    Sent othersInvited =
        published.event(ReferralEvents.STATUS_CHANGED, others, Payloads.invited(others));
    Sent employerRegistered =
        published.event(
            ProspectionEvents.EMPLOYER_REGISTERED, employer, Payloads.employer(employer));
    published.awaitTaken();
    // Taken after all the others: once it has arrived everywhere, so would have any of them.
    UUID lastSite = UUID.randomUUID();
    Sent marker =
        published.event(DirectoryEvents.SITE_CLOSED, lastSite, Payloads.siteClosed(lastSite));
    published.awaitTaken();

    assertReceived(pe, peReceiver, siteClosed, ownSubmitted, ownInvited, marker);
    assertReceived(otherPe, otherPeReceiver, othersSubmitted, othersInvited);
    assertReceived(partner, partnerReceiver, siteClosed, marker);
    assertReceived(admin, adminReceiver, siteClosed, employerRegistered, marker);
  }

  /** Received, signed, and nothing else: neither sent nor even queued. */
  private void assertReceived(Created subscription, Receiver receiver, Sent... expected) {
    List<String> wanted = Arrays.stream(expected).map(Sent::id).toList();
    for (Sent event : expected) {
      Webhook webhook = receiver.await(event.id());
      assertThat(StandardWebhooks.verifies(subscription.secret(), webhook)).isTrue();
      assertThat(webhook.type()).isEqualTo(event.type());
      assertThat(webhook.subject()).isEqualTo(event.subject());
    }
    assertThat(receiver.received().stream().map(Webhook::id).distinct())
        .as("what the endpoint of %s received", subscription.id())
        .containsExactlyInAnyOrderElementsOf(wanted);
    assertThat(Subscriptions.eventIds(subscription))
        .as("what was queued for %s", subscription.id())
        .containsExactlyInAnyOrderElementsOf(wanted);
  }

  private Receiver receiver() {
    Receiver receiver = Receiver.start();
    receivers.add(receiver);
    return receiver;
  }
}
