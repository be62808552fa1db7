package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

  record Received(String id, String timestamp, String signature, String contentType, String body) {}

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
                    new String(body, StandardCharsets.UTF_8)));
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
          .extracting(r -> JsonPath.from(r.body()).getString("type"))
          .containsExactly(
              "fr.passerelle.referral.referral-submitted.v1",
              "fr.passerelle.referral.status-changed.v1");
      for (Received webhook : ofReferral) {
        assertThat(webhook.contentType()).startsWith("application/cloudevents+json");
        JsonPath event = JsonPath.from(webhook.body());
        assertThat(event.getString("id")).isEqualTo(webhook.id());
        assertThat(event.getString("specversion")).isEqualTo("1.0");
        assertThat(event.getString("source")).isEqualTo("/passerelle/referral");
        assertThat(event.getString("data.referralId")).isEqualTo(referral);
        assertThat(event.getString("data.firstName")).as("no personal data").isNull();
        long sentAt = Long.parseLong(webhook.timestamp());
        assertThat(Math.abs(Instant.now().getEpochSecond() - sentAt)).isLessThan(300);
        assertThat(verifies(secret, webhook)).as("signature of %s", webhook.id()).isTrue();
      }
      assertThat(JsonPath.from(ofReferral.get(1).body()).getString("data.toStatus"))
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
          .filter(r -> referral.equals(JsonPath.from(r.body()).getString("subject")))
          .toList();
    }
  }

  /** The Standard Webhooks check, written from the specification. */
  private static boolean verifies(String secret, Received webhook) throws Exception {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] expected =
        mac.doFinal(
            (webhook.id() + "." + webhook.timestamp() + "." + webhook.body())
                .getBytes(StandardCharsets.UTF_8));
    for (String signature : webhook.signature().split(" ")) {
      if (signature.startsWith("v1,")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
        return true;
      }
    }
    return false;
  }
}
