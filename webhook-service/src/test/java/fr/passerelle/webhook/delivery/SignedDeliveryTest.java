package fr.passerelle.webhook.delivery;

import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.webhook.support.Subscriptions.awaitDelivery;
import static fr.passerelle.webhook.support.Subscriptions.detail;
import static fr.passerelle.webhook.support.Subscriptions.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each webhook is the CloudEvent published on Kafka, in structured mode, signed as the Standard
 * Webhooks specification says: checked here by a receiver's own verification, not the service's.
 */
@QuarkusTest
class SignedDeliveryTest {

  private static final String SITE_CLOSED = DirectoryEvents.SITE_CLOSED.type();
  private static final String AGENCY_UPSERTED = DirectoryEvents.AGENCY_UPSERTED.type();

  @Inject Clock clock;

  private final Subscriptions subscriptions = new Subscriptions();
  private final Published published = new Published();
  private final Receiver receiver = Receiver.start();

  @AfterEach
  void cleanUp() {
    subscriptions.deleteAll();
    receiver.close();
  }

  @Test
  void a_webhook_is_the_published_event_signed_with_the_subscription_secret() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), SITE_CLOSED);
    UUID site = UUID.randomUUID();

    Sent event = published.event(DirectoryEvents.SITE_CLOSED, site, Payloads.siteClosed(site));

    Webhook webhook = receiver.await(event.id());
    assertThat(webhook.id()).isEqualTo(event.id());
    assertThat(webhook.contentType()).startsWith("application/cloudevents+json");
    assertThat(StandardWebhooks.timely(webhook, clock.instant())).isTrue();
    assertThat(StandardWebhooks.signatures(webhook.signature())).hasSize(1);
    assertThat(StandardWebhooks.verifies(subscription.secret(), webhook)).isTrue();

    JsonNode body = webhook.json();
    assertThat(body.path("specversion").asText()).isEqualTo("1.0");
    assertThat(body.path("id").asText()).isEqualTo(event.id());
    assertThat(body.path("type").asText()).isEqualTo(SITE_CLOSED);
    assertThat(body.path("source").asText()).isEqualTo(event.source());
    assertThat(body.path("subject").asText()).isEqualTo(site.toString());
    assertThat(Instant.parse(body.path("time").asText())).isEqualTo(event.time());
    assertThat(body.path("datacontenttype").asText()).isEqualTo("application/json");
    assertThat(body.path("data")).isEqualTo(event.data());

    Map<String, Object> delivery = awaitDelivery(subscription, event.id(), status("DELIVERED"));
    assertThat(delivery)
        .containsEntry("eventType", SITE_CLOSED)
        .containsEntry("subject", site.toString())
        .containsEntry("attempts", 1)
        .containsEntry("lastOutcome", "SUCCESS")
        .doesNotContainKey("nextAttemptAt");
    JsonPath attempts = detail(subscription, delivery.get("id"));
    assertThat(attempts.getList("attempts.outcome")).containsExactly("SUCCESS");
    assertThat(attempts.getList("attempts.statusCode")).containsExactly(204);
  }

  @Test
  void the_events_of_one_subject_arrive_in_the_order_they_were_published() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    UUID agency = UUID.randomUUID();
    List<String> ids =
        IntStream.range(0, 5)
            .mapToObj(
                i ->
                    published
                        .event(DirectoryEvents.AGENCY_UPSERTED, agency, Payloads.agency(agency))
                        .id())
            .toList();

    ids.forEach(receiver::await);

    assertThat(receiver.received().stream().map(Webhook::id).toList())
        .containsExactlyElementsOf(ids);
    ids.forEach(id -> awaitDelivery(subscription, id, status("DELIVERED")));
    List<String> newestFirst = new ArrayList<>(ids);
    Collections.reverse(newestFirst);
    assertThat(logByPagesOfTwo(subscription)).containsExactlyElementsOf(newestFirst);
  }

  /** The delivery log's event ids, newest first, read two at a time. */
  private static List<String> logByPagesOfTwo(Created subscription) {
    List<String> eventIds = new ArrayList<>();
    String cursor = null;
    do {
      var request = partner().queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get(subscription.path() + "/deliveries")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      eventIds.addAll(page.getList("items.eventId", String.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return eventIds;
  }

  @Test
  void a_changed_body_or_another_secret_does_not_verify() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), SITE_CLOSED);
    Created other = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    UUID site = UUID.randomUUID();

    Webhook webhook =
        receiver.await(
            published.event(DirectoryEvents.SITE_CLOSED, site, Payloads.siteClosed(site)).id());

    String body = new String(webhook.body(), StandardCharsets.UTF_8);
    Webhook tampered =
        new Webhook(
            webhook.id(),
            webhook.timestamp(),
            webhook.signature(),
            webhook.contentType(),
            body.replace("\"59\"", "\"62\"").getBytes(StandardCharsets.UTF_8));
    Webhook replayedLater =
        new Webhook(
            webhook.id(),
            String.valueOf(Long.parseLong(webhook.timestamp()) + 600),
            webhook.signature(),
            webhook.contentType(),
            webhook.body());
    assertThat(StandardWebhooks.verifies(subscription.secret(), webhook)).isTrue();
    assertThat(tampered.body()).isNotEqualTo(webhook.body());
    assertThat(StandardWebhooks.verifies(subscription.secret(), tampered)).isFalse();
    assertThat(StandardWebhooks.verifies(subscription.secret(), replayedLater)).isFalse();
    assertThat(StandardWebhooks.verifies(other.secret(), webhook)).isFalse();
  }

  @Test
  void after_a_rotation_a_webhook_carries_a_signature_with_the_new_secret_and_one_with_the_old() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), SITE_CLOSED);

    JsonPath rotated =
        partner()
            .post(subscription.path() + "/secret-rotation")
            .then()
            .statusCode(200)
            .body("secret", startsWith("whsec_"))
            .extract()
            .jsonPath();
    String newSecret = rotated.getString("secret");
    Instant previousUntil = Instant.parse(rotated.getString("previousSecretValidUntil"));
    assertThat(newSecret).isNotEqualTo(subscription.secret());
    assertThat(StandardWebhooks.key(newSecret)).hasSizeBetween(24, 64);
    assertThat(Duration.between(clock.instant(), previousUntil))
        .isBetween(Duration.ofHours(23), Duration.ofHours(24));
    assertThat(subscription.read().getString("previousSecretValidUntil")).isNotNull();

    UUID site = UUID.randomUUID();
    Webhook webhook =
        receiver.await(
            published.event(DirectoryEvents.SITE_CLOSED, site, Payloads.siteClosed(site)).id());

    List<String> signatures = StandardWebhooks.signatures(webhook.signature());
    assertThat(signatures)
        .containsExactlyInAnyOrder(
            StandardWebhooks.expected(newSecret, webhook),
            StandardWebhooks.expected(subscription.secret(), webhook));
  }

  @Test
  void a_ping_answers_the_attempt_made_and_the_receiver_gets_a_signed_test_event() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), SITE_CLOSED);

    JsonPath ping =
        partner()
            .post(subscription.path() + "/ping")
            .then()
            .statusCode(200)
            .body("attempt.outcome", equalTo("SUCCESS"))
            .body("attempt.statusCode", equalTo(204))
            .extract()
            .jsonPath();

    Webhook webhook = receiver.await(ping.getString("eventId"));
    assertThat(StandardWebhooks.verifies(subscription.secret(), webhook)).isTrue();
    assertThat(StandardWebhooks.timely(webhook, clock.instant())).isTrue();
    assertThat(webhook.type()).isEqualTo("fr.passerelle.webhook.ping.v1");
    assertThat(webhook.json().path("data").path("subscriptionId").asText())
        .isEqualTo(subscription.id());
    assertThat(Subscriptions.delivery(subscription, ping.getString("eventId")))
        .hasValueSatisfying(
            d -> assertThat(d).containsEntry("status", "DELIVERED").containsEntry("attempts", 1));

    receiver.answer(500);
    JsonPath failed =
        partner()
            .post(subscription.path() + "/ping")
            .then()
            .statusCode(200)
            .body("attempt.outcome", equalTo("HTTP_ERROR"))
            .body("attempt.statusCode", equalTo(500))
            .extract()
            .jsonPath();
    assertThat(receiver.got(failed.getString("eventId"))).isTrue();
    assertThat(Subscriptions.delivery(subscription, failed.getString("eventId")))
        .hasValueSatisfying(d -> assertThat(d).containsEntry("status", "FAILED"));
    assertThat(
            partner()
                .queryParam("status", "FAILED")
                .get(subscription.path() + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.eventId"))
        .containsExactly(failed.getString("eventId"));
  }

  @Test
  void a_delivery_asked_again_arrives_again_with_the_same_webhook_id() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), AGENCY_UPSERTED);
    Instant before = Instant.now().minusSeconds(1);
    UUID agency = UUID.randomUUID();
    UUID otherAgency = UUID.randomUUID();
    Sent first = published.event(DirectoryEvents.AGENCY_UPSERTED, agency, Payloads.agency(agency));
    Sent second =
        published.event(DirectoryEvents.AGENCY_UPSERTED, otherAgency, Payloads.agency(otherAgency));
    receiver.await(first.id());
    receiver.await(second.id());
    Map<String, Object> delivery = awaitDelivery(subscription, first.id(), status("DELIVERED"));

    partner()
        .post(subscription.path() + "/deliveries/" + delivery.get("id") + "/redelivery")
        .then()
        .statusCode(202)
        .body("eventId", equalTo(first.id()))
        .body("status", equalTo("PENDING"));

    await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withId(first.id()).size() == 2);
    Webhook again = receiver.withId(first.id()).get(1);
    assertThat(StandardWebhooks.verifies(subscription.secret(), again)).isTrue();
    assertThat(again.json().path("data")).isEqualTo(first.data());
    awaitDelivery(subscription, first.id(), status("DELIVERED"));

    int queued =
        partner()
            .body(Map.of("since", before.toString()))
            .post(subscription.path() + "/redeliveries")
            .then()
            .statusCode(202)
            .extract()
            .path("queued");

    assertThat(queued).isEqualTo(2);
    await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withId(first.id()).size() == 3);
    await().atMost(Duration.ofSeconds(30)).until(() -> receiver.withId(second.id()).size() == 2);
    partner()
        .body(Map.of("since", Instant.now().plusSeconds(60).toString()))
        .post(subscription.path() + "/redeliveries")
        .then()
        .statusCode(202)
        .body("queued", equalTo(0));
  }
}
