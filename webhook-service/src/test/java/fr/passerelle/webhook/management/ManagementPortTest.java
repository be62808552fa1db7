package fr.passerelle.webhook.management;

import static fr.passerelle.platform.testing.Callers.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;

import fr.passerelle.platform.testing.Callers;
import fr.passerelle.platform.testing.ManagementPort;
import fr.passerelle.webhook.support.Receiver;
import fr.passerelle.webhook.support.Subscriptions;
import fr.passerelle.webhook.support.Subscriptions.Created;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI document answer on this service's management port only. */
@QuarkusTest
class ManagementPortTest {

  @TestHTTPResource(value = "/", management = true)
  URL management;

  @TestHTTPResource(value = "/metrics", management = true)
  URL metrics;

  @TestHTTPResource("/")
  URL publicRoot;

  private final Subscriptions subscriptions = new Subscriptions();
  private final Receiver receiver = Receiver.start();

  @AfterEach
  void cleanUp() {
    subscriptions.deleteAll();
    receiver.close();
  }

  @Test
  void management_paths_answer_on_the_management_port_only() {
    ManagementPort.check(management, publicRoot);
  }

  @Test
  void the_metrics_count_attempts_by_outcome_and_show_the_queue() {
    Created subscription =
        subscriptions.create(Callers::partner, receiver.url(), "fr.passerelle.directory.*");
    partner().post(subscription.path() + "/ping").then().statusCode(200);

    given()
        .get(metrics)
        .then()
        .statusCode(200)
        .body(
            matchesRegex(
                "(?s).*\\npasserelle_webhook_attempts_total\\{[^}]*outcome=\"SUCCESS\"[^}]*\\}"
                    + " [1-9].*"))
        .body(containsString("\npasserelle_webhook_queue_depth"))
        .body(containsString("\npasserelle_webhook_lag_seconds"))
        .body(containsString("\npasserelle_webhook_attempt_seconds_count"));
  }
}
