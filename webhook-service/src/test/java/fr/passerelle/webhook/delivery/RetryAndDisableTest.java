package fr.passerelle.webhook.delivery;

import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.webhook.support.Subscriptions.attempts;
import static fr.passerelle.webhook.support.Subscriptions.awaitDelivery;
import static fr.passerelle.webhook.support.Subscriptions.delivery;
import static fr.passerelle.webhook.support.Subscriptions.detail;
import static fr.passerelle.webhook.support.Subscriptions.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.platform.testing.Callers;
import fr.passerelle.platform.testing.MovableClock;
import fr.passerelle.platform.testing.StandardWebhooks;
import fr.passerelle.webhook.support.Payloads;
import fr.passerelle.webhook.support.Published;
import fr.passerelle.webhook.support.Published.Sent;
import fr.passerelle.webhook.support.Receiver;
import fr.passerelle.webhook.support.Receiver.Webhook;
import fr.passerelle.webhook.support.Subscriptions;
import fr.passerelle.webhook.support.Subscriptions.Created;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A failed attempt is retried on the Standard Webhooks schedule, with the same webhook-id; an
 * endpoint that answers 410, or fails for days, is disabled; an endpoint that comes back gets what
 * it missed. Time is moved with the tests' clock, the schedule is the production one.
 */
@QuarkusTest
class RetryAndDisableTest {

  private static final String AGENCY_UPSERTED = DirectoryEvents.AGENCY_UPSERTED.type();
  private static final List<Duration> SCHEDULE =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(5),
          Duration.ofHours(10),
          Duration.ofHours(14),
          Duration.ofHours(20),
          Duration.ofHours(24));

  @Inject Clock clock;

  private final Subscriptions subscriptions = new Subscriptions();
  private final Published published = new Published();
  private final List<Receiver> receivers = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    subscriptions.deleteAll();
    receivers.forEach(Receiver::close);
    MovableClock.reset();
  }

  @Test
  void a_failed_delivery_is_retried_on_the_schedule_with_the_same_webhook_id_then_failed() {
    Receiver receiver = receiver();
    receiver.answer(500);
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    Sent event = agencyUpserted();

    Map<String, Object> delivery = awaitDelivery(subscription, event.id(), attempts(1));
    assertThat(delivery)
        .containsEntry("status", "PENDING")
        .containsEntry("lastOutcome", "HTTP_ERROR");
    JsonPath first = detail(subscription, delivery.get("id"));
    assertThat(first.getInt("attempts[0].statusCode")).isEqualTo(500);
    assertThat(first.getString("attempts[0].outcome")).isEqualTo("HTTP_ERROR");
    assertThat(first.getString("attempts[0].error")).contains("500");

    for (int retry = 1; retry <= SCHEDULE.size(); retry++) {
      Duration delay = SCHEDULE.get(retry - 1);
      assertThat(gap(delivery))
          .as("delay before retry %d", retry)
          .isBetween(delay, delay.plusMillis(delay.toMillis() / 10));
      moveClockPast(Instant.parse((String) delivery.get("nextAttemptAt")));
      delivery = awaitDelivery(subscription, event.id(), attempts(retry + 1));
    }

    assertThat(delivery)
        .containsEntry("status", "FAILED")
        .containsEntry("lastOutcome", "HTTP_ERROR")
        .doesNotContainKey("nextAttemptAt");
    JsonPath all = detail(subscription, delivery.get("id"));
    assertThat(all.getList("attempts")).hasSize(SCHEDULE.size() + 1);
    assertThat(all.getList("attempts.outcome")).containsOnly("HTTP_ERROR");
    List<Webhook> webhooks = receiver.withId(event.id());
    assertThat(webhooks).hasSize(SCHEDULE.size() + 1);
    assertThat(webhooks)
        .allSatisfy(w -> assertThat(StandardWebhooks.verifies(subscription.secret(), w)).isTrue());
    assertThat(receiver.received()).hasSize(webhooks.size());
    // About three days of failures: less than the five that disable an endpoint.
    JsonPath view = subscription.read();
    assertThat(view.getBoolean("enabled")).isTrue();
    assertThat(view.getString("failingSince")).isNotNull();
  }

  @Test
  void a_longer_retry_after_asked_by_the_endpoint_is_honoured() {
    Receiver receiver = receiver();
    receiver.answer(503, Map.of("Retry-After", "3600"));
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    Sent event = agencyUpserted();

    Map<String, Object> delivery = awaitDelivery(subscription, event.id(), attempts(1));

    assertThat(gap(delivery)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void an_endpoint_answering_410_is_disabled_at_once_and_what_waits_goes_out_once_enabled_again()
      throws Exception {
    Receiver receiver = receiver();
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    receiver.answer(
        webhook -> {
          if (!first.getAndSet(false)) {
            return 204;
          }
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return 410;
        });
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    UUID agency = UUID.randomUUID();
    Sent gone = published.event(DirectoryEvents.AGENCY_UPSERTED, agency, Payloads.agency(agency));
    receiver.await(gone.id());
    // Queued while the first is in flight: same agency, so it waits for it.
    Sent waiting =
        published.event(DirectoryEvents.AGENCY_UPSERTED, agency, Payloads.agency(agency));
    awaitDelivery(subscription, waiting.id(), status("PENDING"));

    release.countDown();

    await().atMost(Duration.ofSeconds(30)).until(() -> !subscription.read().getBoolean("enabled"));
    JsonPath disabled = subscription.read();
    assertThat(disabled.getString("disabledReason")).contains("410");
    assertThat(disabled.getString("disabledAt")).isNotNull();
    Map<String, Object> goneDelivery = delivery(subscription, gone.id()).orElseThrow();
    assertThat(goneDelivery).containsEntry("status", "FAILED").containsEntry("lastOutcome", "GONE");
    assertThat(detail(subscription, goneDelivery.get("id")).getInt("attempts[0].statusCode"))
        .isEqualTo(410);

    // A later event, delivered to another subscription: the one waiting had its chance meanwhile.
    Receiver other = receiver();
    subscriptions.create(Callers::partner, other.url(), AGENCY_UPSERTED);
    other.await(agencyUpserted().id());
    assertThat(receiver.got(waiting.id())).isFalse();
    assertThat(delivery(subscription, waiting.id()).orElseThrow())
        .containsEntry("status", "PENDING")
        .containsEntry("attempts", 0);

    String etag = partner().get(subscription.path()).then().extract().header("ETag");
    partner()
        .header("If-Match", etag)
        .body(Subscriptions.body(receiver.url(), AGENCY_UPSERTED))
        .put(subscription.path())
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true))
        .body("disabledReason", nullValue())
        .body("disabledAt", nullValue());

    Webhook resumed = receiver.await(waiting.id());
    assertThat(StandardWebhooks.verifies(subscription.secret(), resumed)).isTrue();
    awaitDelivery(subscription, waiting.id(), status("DELIVERED"));
    assertThat(receiver.withId(gone.id())).hasSize(1);
  }

  @Test
  void an_endpoint_failing_for_five_days_is_disabled_with_a_reason_its_owner_can_read() {
    Receiver receiver = receiver();
    receiver.answer(500);
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    Sent event = agencyUpserted();
    awaitDelivery(subscription, event.id(), attempts(1));
    assertThat(subscription.read().getString("failingSince")).isNotNull();

    MovableClock.moveForward(Duration.ofDays(5).plusMinutes(1));

    await().atMost(Duration.ofSeconds(30)).until(() -> !subscription.read().getBoolean("enabled"));
    String reason = subscription.read().getString("disabledReason");
    assertThat(reason).contains("no delivery succeeded since", "5 days", "HTTP 500");
  }

  @Test
  void a_receiver_down_for_the_first_attempts_gets_every_event_once_it_is_back() {
    Receiver receiver = receiver();
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    receiver.stop();
    List<Sent> events = List.of(agencyUpserted(), agencyUpserted(), agencyUpserted());

    Instant due = awaitEach(subscription, events, 1);
    events.forEach(
        e ->
            assertThat(delivery(subscription, e.id()).orElseThrow())
                .containsEntry("lastOutcome", "NETWORK_ERROR"));
    moveClockPast(due);
    due = awaitEach(subscription, events, 2);
    moveClockPast(due);
    due = awaitEach(subscription, events, 3);
    receiver.restart();
    moveClockPast(due);

    for (Sent event : events) {
      awaitDelivery(subscription, event.id(), status("DELIVERED"));
      Webhook webhook = receiver.await(event.id());
      assertThat(StandardWebhooks.verifies(subscription.secret(), webhook)).isTrue();
      assertThat(webhook.json().path("data")).isEqualTo(event.data());
    }
    long distinct = receiver.received().stream().map(Webhook::id).distinct().count();
    assertThat(distinct).isEqualTo(events.size());
    // Duplicates are allowed (at least once), but here each was sent once it could be.
    assertThat(receiver.received().size() - distinct).isZero();
  }

  @Test
  void a_redirect_is_not_followed_but_taken_as_an_http_error_to_retry() {
    Receiver target = receiver();
    Receiver redirecting = receiver();
    redirecting.answer(307, Map.of("Location", target.url()));
    Created subscription =
        subscriptions.create(Callers::partner, redirecting.url(), AGENCY_UPSERTED);
    Sent event = agencyUpserted();

    Map<String, Object> delivery = awaitDelivery(subscription, event.id(), attempts(1));

    assertThat(delivery)
        .containsEntry("status", "PENDING")
        .containsEntry("lastOutcome", "HTTP_ERROR");
    assertThat(detail(subscription, delivery.get("id")).getInt("attempts[0].statusCode"))
        .isEqualTo(307);
    assertThat(redirecting.withId(event.id())).hasSize(1);
    assertThat(target.received()).isEmpty();
  }

  @Test
  void https_to_a_loopback_address_is_accepted_at_subscription_and_refused_at_each_delivery() {
    Receiver receiver = receiver();
    String internal = "https://127.0.0.1:" + receiver.port() + "/partner/webhooks";
    Created subscription = subscriptions.create(Callers::partner, internal, AGENCY_UPSERTED);
    Sent event = agencyUpserted();

    Map<String, Object> delivery = awaitDelivery(subscription, event.id(), attempts(1));

    assertThat(delivery)
        .containsEntry("status", "PENDING")
        .containsEntry("lastOutcome", "REFUSED_ADDRESS");
    JsonPath attempt = detail(subscription, delivery.get("id"));
    assertThat(attempt.getString("attempts[0].error")).contains("127.0.0.1");
    assertThat(attempt.getString("attempts[0].statusCode")).isNull();
    partner()
        .post(subscription.path() + "/ping")
        .then()
        .statusCode(200)
        .body("attempt.outcome", equalTo("REFUSED_ADDRESS"));
    assertThat(receiver.received()).isEmpty();
  }

  private Receiver receiver() {
    Receiver receiver = Receiver.start();
    receivers.add(receiver);
    return receiver;
  }

  private Sent agencyUpserted() {
    UUID agency = UUID.randomUUID();
    return published.event(DirectoryEvents.AGENCY_UPSERTED, agency, Payloads.agency(agency));
  }

  /** Waits until each event was attempted so many times; answers when the last retry is due. */
  private static Instant awaitEach(Created subscription, List<Sent> events, int attempts) {
    Instant latest = Instant.MIN;
    for (Sent event : events) {
      Map<String, Object> delivery = awaitDelivery(subscription, event.id(), attempts(attempts));
      Instant next = Instant.parse((String) delivery.get("nextAttemptAt"));
      latest = next.isAfter(latest) ? next : latest;
    }
    return latest;
  }

  private static Duration gap(Map<String, Object> delivery) {
    return Duration.between(
        Instant.parse((String) delivery.get("lastAttemptAt")),
        Instant.parse((String) delivery.get("nextAttemptAt")));
  }

  private void moveClockPast(Instant due) {
    Duration ahead = Duration.between(clock.instant(), due);
    MovableClock.moveForward(ahead.isNegative() ? Duration.ZERO : ahead.plusSeconds(1));
  }
}
