package fr.passerelle.webhook.support;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A test's subscriptions, made through the API as their client, and their delivery logs; {@link
 * #deleteAll()} after each test so that no later event goes to a receiver that has stopped.
 */
public final class Subscriptions {

  public static final String PATH = "/api/v1/webhooks/subscriptions";

  /** A subscription as its client got it: with the secret, shown this once. */
  public record Created(
      String id, String secret, String etag, Supplier<RequestSpecification> owner) {

    public String path() {
      return PATH + "/" + id;
    }

    public JsonPath read() {
      return owner.get().get(path()).then().statusCode(200).extract().jsonPath();
    }
  }

  private final List<Created> created = new ArrayList<>();

  public static Map<String, Object> body(String url, String... eventTypes) {
    return Map.of("url", url, "eventTypes", List.of(eventTypes));
  }

  public Created create(Supplier<RequestSpecification> owner, String url, String... eventTypes) {
    Response response =
        owner
            .get()
            .body(body(url, eventTypes))
            .post(PATH)
            .then()
            .statusCode(201)
            .extract()
            .response();
    Created subscription =
        new Created(
            response.path("subscription.id"),
            response.path("secret"),
            response.header("ETag"),
            owner);
    created.add(subscription);
    return subscription;
  }

  /** One made by the test itself, deleted with the others. */
  public void deleteLater(String id, Supplier<RequestSpecification> owner) {
    created.add(new Created(id, null, null, owner));
  }

  public void deleteAll() {
    for (Created subscription : created) {
      subscription
          .owner()
          .get()
          .delete(subscription.path())
          .then()
          .statusCode(anyOf(is(204), is(404)));
    }
    created.clear();
  }

  /** The delivery of this event in the subscription's log, if it was queued. */
  public static Optional<Map<String, Object>> delivery(Created subscription, String eventId) {
    List<Map<String, Object>> items =
        subscription
            .owner()
            .get()
            .queryParam("limit", 100)
            .get(subscription.path() + "/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst();
  }

  /** The events of every delivery in the subscription's log. */
  public static List<String> eventIds(Created subscription) {
    return subscription
        .owner()
        .get()
        .queryParam("limit", 100)
        .get(subscription.path() + "/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .path("items.eventId");
  }

  /** Waits until the delivery of this event is in the log and matches. */
  public static Map<String, Object> awaitDelivery(
      Created subscription, String eventId, Predicate<Map<String, Object>> matching) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> delivery(subscription, eventId).filter(matching).orElse(null), d -> d != null);
  }

  /** A delivery with each of its attempts. */
  public static JsonPath detail(Created subscription, Object deliveryId) {
    return subscription
        .owner()
        .get()
        .get(subscription.path() + "/deliveries/" + deliveryId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public static Predicate<Map<String, Object>> attempts(int count) {
    return d -> ((Number) d.get("attempts")).intValue() == count;
  }

  public static Predicate<Map<String, Object>> status(String status) {
    return d -> status.equals(d.get("status"));
  }
}
