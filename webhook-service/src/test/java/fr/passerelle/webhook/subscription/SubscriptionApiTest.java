package fr.passerelle.webhook.subscription;

import static fr.passerelle.platform.testing.Callers.anonymous;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.peSystem;
import static fr.passerelle.platform.testing.Callers.withRole;
import static fr.passerelle.webhook.support.Subscriptions.PATH;
import static fr.passerelle.webhook.support.Subscriptions.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.testing.Callers;
import fr.passerelle.webhook.support.Receiver;
import fr.passerelle.webhook.support.Subscriptions;
import fr.passerelle.webhook.support.Subscriptions.Created;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client's own subscriptions: made, read, changed and deleted through the API, by it alone. */
@QuarkusTest
class SubscriptionApiTest {

  private static final String REFERRALS = "fr.passerelle.referral.*";
  private static final String DIRECTORY = "fr.passerelle.directory.*";

  private final Subscriptions subscriptions = new Subscriptions();
  private final Receiver receiver = Receiver.start();

  @AfterEach
  void cleanUp() {
    subscriptions.deleteAll();
    receiver.close();
  }

  @Test
  void a_new_subscription_answers_its_secret_once_with_its_location_and_etag() {
    Map<String, Object> request = new HashMap<>(body(receiver.url(), REFERRALS));
    request.put("description", "  Suivi des prescriptions (recette)  ");
    Response created =
        peSystem()
            .body(request)
            .post(PATH)
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("subscription.url", equalTo(receiver.url()))
            .body("subscription.eventTypes", equalTo(List.of(REFERRALS)))
            .body("subscription.description", equalTo("Suivi des prescriptions (recette)"))
            .body("subscription.enabled", equalTo(true))
            .body("subscription.audience", equalTo("PE_SYSTEM"))
            .body("subscription.version", equalTo(0))
            .extract()
            .response();
    String id = created.path("subscription.id");
    subscriptions.deleteLater(id, Callers::peSystem);
    String secret = created.path("secret");
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
        .hasSizeBetween(24, 64);
    assertThat(created.header("Location")).endsWith(PATH + "/" + id);

    peSystem()
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(id))
        .body("secret", nullValue())
        .body("disabledReason", nullValue());
    peSystem()
        .queryParam("limit", 100)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void a_retried_creation_with_the_same_idempotency_key_answers_the_same_subscription() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> request = body(receiver.url(), DIRECTORY);

    Response first =
        partner()
            .header("Idempotency-Key", key)
            .body(request)
            .post(PATH)
            .then()
            .statusCode(201)
            .extract()
            .response();
    subscriptions.deleteLater(first.path("subscription.id"), Callers::partner);
    Response again =
        partner()
            .header("Idempotency-Key", key)
            .body(request)
            .post(PATH)
            .then()
            .statusCode(201)
            .extract()
            .response();

    assertThat(again.<String>path("subscription.id"))
        .isEqualTo(first.<String>path("subscription.id"));
    assertThat(again.<String>path("secret")).isEqualTo(first.<String>path("secret"));
    partner()
        .header("Idempotency-Key", key)
        .body(body(receiver.url(), "fr.passerelle.directory.site-closed.v1"))
        .post(PATH)
        .then()
        .statusCode(422);
  }

  @Test
  void two_subscriptions_never_share_a_secret() {
    Created first = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);
    Created second = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);

    assertThat(first.secret()).isNotEqualTo(second.secret());
  }

  @Test
  void a_change_needs_the_current_version_428_without_it_412_when_stale() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);
    Map<String, Object> change = new HashMap<>(body(receiver.url() + "?v=2", DIRECTORY));
    change.put("description", "Annuaire");
    change.put("enabled", false);

    partner()
        .body(change)
        .put(subscription.path())
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    partner()
        .header("If-Match", "\"7\"")
        .body(change)
        .put(subscription.path())
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    partner()
        .header("If-Match", subscription.etag())
        .body(change)
        .put(subscription.path())
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("url", equalTo(receiver.url() + "?v=2"))
        .body("description", equalTo("Annuaire"))
        .body("enabled", equalTo(false))
        .body("disabledReason", nullValue());
    partner()
        .header("If-Match", subscription.etag())
        .body(change)
        .put(subscription.path())
        .then()
        .statusCode(412);
  }

  @Test
  void a_deleted_subscription_is_gone() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);

    partner().delete(subscription.path()).then().statusCode(204);

    partner().get(subscription.path()).then().statusCode(404);
    partner()
        .queryParam("limit", 100)
        .get(PATH)
        .then()
        .body("items.id", not(hasItem(subscription.id())));
  }

  @Test
  void another_client_finds_nothing_of_a_subscription_404_on_each_operation() {
    Created subscription = subscriptions.create(Callers::peSystem, receiver.url(), REFERRALS);
    String delivery =
        peSystem()
            .post(subscription.path() + "/ping")
            .then()
            .statusCode(200)
            .extract()
            .path("deliveryId");
    Map<String, Object> change = body(receiver.url(), REFERRALS);

    for (Supplier<RequestSpecification> other :
        List.<Supplier<RequestSpecification>>of(
            () -> peSystem("other-system"), Callers::partner, Callers::admin)) {
      other.get().get(subscription.path()).then().statusCode(404);
      other
          .get()
          .header("If-Match", subscription.etag())
          .body(change)
          .put(subscription.path())
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      other.get().post(subscription.path() + "/secret-rotation").then().statusCode(404);
      other.get().post(subscription.path() + "/ping").then().statusCode(404);
      other.get().get(subscription.path() + "/deliveries").then().statusCode(404);
      other.get().get(subscription.path() + "/deliveries/" + delivery).then().statusCode(404);
      other
          .get()
          .post(subscription.path() + "/deliveries/" + delivery + "/redelivery")
          .then()
          .statusCode(404);
      other
          .get()
          .body(Map.of("since", "2026-01-01T00:00:00Z"))
          .post(subscription.path() + "/redeliveries")
          .then()
          .statusCode(404);
      other.get().delete(subscription.path()).then().statusCode(404);
      other
          .get()
          .queryParam("limit", 100)
          .get(PATH)
          .then()
          .statusCode(200)
          .body("items.id", not(hasItem(subscription.id())));
    }

    // Untouched: same version, and the one ping its own client sent.
    peSystem().get(subscription.path()).then().statusCode(200).header("ETag", "\"0\"");
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void a_delivery_of_another_subscription_is_not_found_under_this_one() {
    Created mine = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);
    Created other = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);
    String delivery =
        partner().post(other.path() + "/ping").then().statusCode(200).extract().path("deliveryId");

    partner().get(mine.path() + "/deliveries/" + delivery).then().statusCode(404);
    partner().post(mine.path() + "/deliveries/" + delivery + "/redelivery").then().statusCode(404);
  }

  @Test
  void the_pe_system_partners_and_the_administrator_subscribe_each_to_what_their_role_receives() {
    String peOne =
        peSystem()
            .body(body(receiver.url(), REFERRALS, DIRECTORY))
            .post(PATH)
            .then()
            .statusCode(201)
            .body("subscription.audience", equalTo("PE_SYSTEM"))
            .extract()
            .path("subscription.id");
    subscriptions.deleteLater(peOne, Callers::peSystem);
    Created partnerOne = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);
    Created adminOne =
        subscriptions.create(
            Callers::admin, receiver.url(), DIRECTORY, "fr.passerelle.prospection.*");

    assertThat(partnerOne.read().getString("audience")).isEqualTo("PARTNER");
    assertThat(adminOne.read().getString("audience")).isEqualTo("ADMIN");
  }

  @Test
  void people_of_the_agreement_may_not_subscribe_403_and_no_token_is_401() {
    for (String role :
        List.of(
            Roles.STEERING,
            Roles.PE_ADVISOR,
            Roles.PE_COMPANY_ADVISOR,
            Roles.E2C_STAFF,
            Roles.E2C_COMPANY_OFFICER,
            Roles.DIRECTORY_ADMIN,
            Roles.REFERRAL_SERVICE)) {
      withRole(role)
          .body(body(receiver.url(), DIRECTORY))
          .post(PATH)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      withRole(role).get(PATH).then().statusCode(403);
    }
    anonymous().body(body(receiver.url(), DIRECTORY)).post(PATH).then().statusCode(401);
    anonymous().get(PATH).then().statusCode(401);
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void an_endpoint_that_is_not_https_or_not_plain_is_refused_400_naming_the_url() {
    for (String url :
        List.of(
            "http://partner.example/webhooks",
            "http://10.0.0.1/webhooks",
            "ftp://127.0.0.1/webhooks",
            "https://user:secret@partner.example/webhooks",
            "https://partner.example/webhooks#fragment",
            "/webhooks",
            "https://partner example/webhooks")) {
      partner()
          .body(body(url, DIRECTORY))
          .post(PATH)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("url"));
    }
  }

  @Test
  void a_change_to_a_refused_endpoint_is_400_and_keeps_the_subscription_as_it_was() {
    Created subscription = subscriptions.create(Callers::partner, receiver.url(), DIRECTORY);

    partner()
        .header("If-Match", subscription.etag())
        .body(body("http://partner.example/webhooks", DIRECTORY))
        .put(subscription.path())
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("url"));

    assertThat(subscription.read().getString("url")).isEqualTo(receiver.url());
  }

  @Test
  void event_types_the_client_may_not_receive_are_refused_400_naming_the_event_types() {
    refused(Callers::partner, REFERRALS);
    refused(Callers::partner, "fr.passerelle.referral.status-changed.v1");
    refused(Callers::partner, "fr.passerelle.prospection.*");
    refused(Callers::peSystem, "fr.passerelle.prospection.*");
    refused(Callers::peSystem, "fr.passerelle.prospection.opening-published.v1");
    refused(Callers::admin, REFERRALS);
    refused(Callers::admin, "fr.passerelle.directory.site-closed.v1", REFERRALS);
    refused(Callers::partner, "fr.passerelle.directory.no-such-event.v1");
    refused(Callers::partner, "fr.passerelle.directory");
  }

  @Test
  void malformed_event_types_are_400() {
    for (List<String> eventTypes :
        List.of(List.<String>of(), List.of("Fr.Passerelle.*"), List.of("fr.passerelle.*.v1"))) {
      partner()
          .body(Map.of("url", receiver.url(), "eventTypes", eventTypes))
          .post(PATH)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", startsWith("eventTypes"));
    }
    partner()
        .body(Map.of("eventTypes", List.of(DIRECTORY)))
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("url"));
  }

  private void refused(Supplier<RequestSpecification> client, String... eventTypes) {
    client
        .get()
        .body(body(receiver.url(), eventTypes))
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("eventTypes"))
        .body("detail", not(endsWith("null")));
  }
}
