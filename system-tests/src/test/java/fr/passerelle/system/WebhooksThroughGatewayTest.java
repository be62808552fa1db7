package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import fr.passerelle.platform.testing.StandardWebhooks;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Pôle emploi system subscribes to its referrals' events through the gateway with its real
 * Keycloak token, submits a referral, and its own receiver gets the signed {@code
 * referral-submitted} then {@code status-changed}, verified here as the Standard Webhooks
 * specification says, independently of the service's code.
 */
class WebhooksThroughGatewayTest {

  private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(60);

  private HttpServer receiver;
  private final List<Received> received = new ArrayList<>();

  record Received(String id, String timestamp, String signature, String contentType, byte[] body)
      implements StandardWebhooks.Request {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @BeforeEach
  void receiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hooks",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          synchronized (received) {
            received.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    exchange.getRequestHeaders().getFirst("content-type"),
                    body));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void the_pole_emploi_system_gets_its_referrals_events_signed_and_verifies_them()
      throws Exception {
    String site = DirectoryData.createSite("59350", "59000");
    String system = ReferralData.peSystem();
    JsonPath created =
        as(system)
            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
            .body(
                Map.of(
                    "url",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                    "eventTypes",
                    List.of("fr.passerelle.referral.*"),
                    "description",
                    "System test receiver"))
            .post("/api/v1/webhooks/subscriptions")
            .then()
            .statusCode(201)
            .body("subscription.audience", equalTo("PE_SYSTEM"))
            .extract()
            .jsonPath();
    String secret = created.getString("secret");
    String subscription = created.getString("subscription.id");
    assertThat(secret).startsWith("whsec_");

    try {
      String referral = ReferralData.submitted(site);
      ReferralData.staffOf(site);
      as(SystemStack.user("e2c-staff"))
          .body(Map.of())
          .post("/api/v1/referrals/" + referral + "/open")
          .then()
          .statusCode(200);

      List<Received> ofReferral =
          await()
              .atMost(DELIVERED_WITHIN)
              .pollInterval(Duration.ofMillis(200))
              .until(() -> deliveriesOf(referral), list -> list.size() >= 2);

      assertThat(ofReferral)
          .extracting(r -> JsonPath.from(r.text()).getString("type"))
          .containsExactly(
              "fr.passerelle.referral.referral-submitted.v1",
              "fr.passerelle.referral.status-changed.v1");
      for (Received webhook : ofReferral) {
        assertThat(webhook.contentType()).startsWith("application/cloudevents+json");
        JsonPath event = JsonPath.from(webhook.text());
        assertThat(event.getString("id")).isEqualTo(webhook.id());
        assertThat(event.getString("specversion")).isEqualTo("1.0");
        assertThat(event.getString("source")).isEqualTo("/passerelle/referral");
        assertThat(event.getString("data.referralId")).isEqualTo(referral);
        assertThat(event.getString("data.firstName")).as("no personal data").isNull();
        long sentAt = Long.parseLong(webhook.timestamp());
        assertThat(Math.abs(Instant.now().getEpochSecond() - sentAt)).isLessThan(300);
        assertThat(StandardWebhooks.verifies(secret, webhook))
            .as("signature of %s", webhook.id())
            .isTrue();
      }
      assertThat(JsonPath.from(ofReferral.get(1).text()).getString("data.toStatus"))
          .isEqualTo("UNDER_REVIEW");

      // The log says the same, to the subscription's owner only.
      as(system)
          .get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries")
          .then()
          .statusCode(200)
          .body(
              "items.findAll { it.subject == '" + referral + "' }.status",
              equalTo(List.of("DELIVERED", "DELIVERED")));
      as(SystemStack.client("partner-demo", "demo-partner-secret"))
          .get("/api/v1/webhooks/subscriptions/" + subscription)
          .then()
          .statusCode(404);
    } finally {
      as(system).delete("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(204);
    }
  }

  private List<Received> deliveriesOf(String referral) {
    synchronized (received) {
      return received.stream()
          .filter(r -> referral.equals(JsonPath.from(r.text()).getString("subject")))
          .toList();
    }
  }
}
