package fr.passerelle.gateway.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestTracingTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private final String token = TestTokens.client("pe-system").roles("pe-system").issue();

  @Test
  void the_callers_request_id_reaches_the_service_and_comes_back() {
    String requestId = "partner-batch-7:" + UUID.randomUUID();
    Response response =
        given().auth().oauth2(token).header("X-Request-Id", requestId).get("/api/v1/sites");
    assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
    assertThat(response.jsonPath().getList("headers.x-request-id")).containsExactly(requestId);
  }

  @Test
  void a_missing_or_unsafe_request_id_is_replaced_by_a_new_one_sent_both_ways() {
    for (String unsafe : List.of("", "has spaces", "x".repeat(200))) {
      Response response =
          given().auth().oauth2(token).header("X-Request-Id", unsafe).get("/api/v1/sites");
      String issued = response.header("X-Request-Id");
      assertThat(issued).matches(UUID_PATTERN);
      assertThat(response.jsonPath().getList("headers.x-request-id")).containsExactly(issued);
    }
  }

  @Test
  void errors_answered_by_the_gateway_carry_the_request_id_too() {
    Response response = given().header("X-Request-Id", "req-401").get("/api/v1/sites");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.header("X-Request-Id")).isEqualTo("req-401");
  }

  @Test
  void the_callers_trace_continues_at_the_service_under_a_span_of_the_gateway() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String incoming = "00-" + traceId + "-00f067aa0ba902b7-01";
    Response response =
        given().auth().oauth2(token).header("traceparent", incoming).get("/api/v1/sites");
    String forwarded = response.jsonPath().getString("headers.traceparent[0]");
    assertThat(forwarded).matches("00-" + traceId + "-[0-9a-f]{16}-01").isNotEqualTo(incoming);
  }

  @Test
  void a_request_without_trace_starts_one() {
    String forwarded =
        given()
            .auth()
            .oauth2(token)
            .header("traceparent", "not-a-trace")
            .get("/api/v1/sites")
            .jsonPath()
            .getString("headers.traceparent[0]");
    assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  @Test
  void each_request_writes_one_access_log_line_without_token_or_path_details() {
    Logger access = Logger.getLogger("fr.passerelle.gateway.access");
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level previous = access.getLevel();
    boolean parentHandlers = access.getUseParentHandlers();
    access.addHandler(capture);
    access.setUseParentHandlers(false);
    access.setLevel(Level.INFO);
    try {
      String requestId = "log-" + UUID.randomUUID();
      given()
          .auth()
          .oauth2(token)
          .header("X-Request-Id", requestId)
          .get("/api/v1/sites/secret-looking-id?name=Dupont")
          .then()
          .statusCode(200);

      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> lines.stream().anyMatch(line -> line.contains(requestId)));
      List<String> mine = lines.stream().filter(line -> line.contains(requestId)).toList();
      assertThat(mine).hasSize(1);
      JsonObject line = new JsonObject(mine.get(0));
      assertThat(line.getString("method")).isEqualTo("GET");
      assertThat(line.getString("route")).isEqualTo("directory");
      assertThat(line.getInteger("status")).isEqualTo(200);
      assertThat(line.getDouble("durationMs")).isPositive();
      assertThat(line.getString("clientId")).isEqualTo("pe-system");
      assertThat(line.getString("traceId")).matches("[0-9a-f]{32}");
      assertThat(mine.get(0))
          .doesNotContain(token)
          .doesNotContain(token.substring(token.lastIndexOf('.') + 1))
          .doesNotContain("Dupont")
          .doesNotContain("secret-looking-id");
    } finally {
      access.removeHandler(capture);
      access.setUseParentHandlers(parentHandlers);
      access.setLevel(previous);
    }
  }
}
