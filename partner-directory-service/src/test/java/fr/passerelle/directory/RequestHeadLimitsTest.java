package fr.passerelle.directory;

import static fr.passerelle.platform.testing.Callers.directoryAdmin;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What the gateway admits, the service reads: a request target of 8 KiB and 16 KiB of headers (the
 * gateway's limits, gateway/README), plus what the gateway adds, are within the HTTP decoder's
 * limits of every service (platform-core's defaults), which would answer a bare 414 or 431.
 */
@QuarkusTest
class RequestHeadLimitsTest {

  private static final int GATEWAY_MAX_URI_LENGTH = 8 * 1024;
  private static final int GATEWAY_MAX_HEADER_SIZE = 16 * 1024;

  @Test
  void a_request_at_the_gateways_limits_is_served() {
    String prefix = "/api/v1/sites?limit=1&unused=";
    String target = prefix + "x".repeat(GATEWAY_MAX_URI_LENGTH - prefix.length());

    directoryAdmin()
        .urlEncodingEnabled(false)
        .header("X-Filler", "y".repeat(GATEWAY_MAX_HEADER_SIZE))
        .header("X-Forwarded-For", "192.0.2.10")
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "api.passerelle.test")
        .header("X-Forwarded-Port", "443")
        .header("X-Request-Id", "f2d6c1de-6a3e-4c1b-9d47-0c9f1d2e3a4b")
        .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
        .get(target)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("items", notNullValue());
  }
}
