package fr.passerelle.webhook.openapi;

import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.webhook.support.Subscriptions.attempts;
import static fr.passerelle.webhook.support.Subscriptions.awaitDelivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.platform.testing.Callers;
import fr.passerelle.platform.testing.ResponseConformance;
import fr.passerelle.webhook.support.Payloads;
import fr.passerelle.webhook.support.Published;
import fr.passerelle.webhook.support.Published.Sent;
import fr.passerelle.webhook.support.Receiver;
import fr.passerelle.webhook.support.Subscriptions;
import fr.passerelle.webhook.support.Subscriptions.Created;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every GET of the served document, called with real data, answers what its schema says: a
 * subscription failing and rotated, one disabled by a 410; deliveries delivered, waiting for a
 * retry, and failed.
 */
@QuarkusTest
class ResponseConformanceTest {

  private static final String SITE_CLOSED = DirectoryEvents.SITE_CLOSED.type();

  @TestHTTPResource(value = "/openapi", management = true)
  URL openapi;

  private final Subscriptions subscriptions = new Subscriptions();
  private final Receiver failing = Receiver.start();
  private final Receiver gone = Receiver.start();

  @AfterEach
  void cleanUp() {
    subscriptions.deleteAll();
    failing.close();
    gone.close();
  }

  @Test
  void every_get_answers_what_the_document_declares() {
    ResponseConformance conformance = ResponseConformance.of(openapi);
    failing.answer(500);
    gone.answer(410);
    Created retrying = subscriptions.create(Callers::partner, failing.url(), SITE_CLOSED);
    Created disabled = subscriptions.create(Callers::partner, gone.url(), SITE_CLOSED);
    partner().post(retrying.path() + "/secret-rotation").then().statusCode(200);
    partner().post(retrying.path() + "/ping").then().statusCode(200);
    UUID site = UUID.randomUUID();
    Sent event =
        new Published().event(DirectoryEvents.SITE_CLOSED, site, Payloads.siteClosed(site));
    Map<String, Object> delivery = awaitDelivery(retrying, event.id(), attempts(1));
    await().atMost(Duration.ofSeconds(30)).until(() -> !disabled.read().getBoolean("enabled"));
    failing.answer(204);
    String delivered =
        partner()
            .post(retrying.path() + "/ping")
            .then()
            .statusCode(200)
            .extract()
            .path("deliveryId");

    conformance.get(partner(), "/api/v1/webhooks/subscriptions");
    conformance.get(partner().queryParam("limit", 1), "/api/v1/webhooks/subscriptions");
    conformance.get(partner(), "/api/v1/webhooks/subscriptions/{id}", retrying.id());
    conformance.get(partner(), "/api/v1/webhooks/subscriptions/{id}", disabled.id());
    conformance.get(partner(), "/api/v1/webhooks/subscriptions/{id}/deliveries", retrying.id());
    conformance.get(
        partner().queryParam("status", "PENDING"),
        "/api/v1/webhooks/subscriptions/{id}/deliveries",
        retrying.id());
    conformance.get(partner(), "/api/v1/webhooks/subscriptions/{id}/deliveries", disabled.id());
    conformance.get(
        partner(),
        "/api/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}",
        retrying.id(),
        delivery.get("id"));
    conformance.get(
        partner(),
        "/api/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}",
        retrying.id(),
        delivered);

    assertThat(conformance.unexercised()).as("GET operations no call checked").isEmpty();
  }
}
