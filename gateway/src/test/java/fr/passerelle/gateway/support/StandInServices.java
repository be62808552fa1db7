package fr.passerelle.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the servers the gateway forwards to in tests, on loopback, and points the route table at
 * them: directory, reporting, prospection and webhook stand-ins that answer, each with its API on
 * one port and its OpenAPI document and readiness on a management port of its own; referral, whose
 * ports refuse connections (a service that is down); a service that drops connections once; one
 * whose address never completes a connection; and the directory answering slowly on a route with a
 * short response timeout. Also sets the test clients' rate limits.
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

  /** The response timeout of the {@code /api/v1/slow} route, well under the stand-in's delay. */
  public static final Duration SLOW_ROUTE_TIMEOUT = Duration.ofMillis(400);

  /** The client whose small limit the rate-limit test exhausts. */
  public static final String LIMITED_CLIENT = "limited-partner";

  public static final int LIMITED_REQUESTS = 3;

  /** A person's limit in tests, per second: above the limited client's, below the default. */
  public static final int PERSON_REQUESTS = 4;

  /** A machine client whose bucket refills slowly (per minute), for tests on who shares it. */
  public static final String SLOW_CLIENT = "slow-partner";

  public static final int SLOW_CLIENT_REQUESTS = 2;

  /** The request body limit in tests. */
  public static final long MAX_BODY_SIZE = 16L * 1024 * 1024;

  public static final String ALLOWED_ORIGIN = "https://portal.passerelle.test";

  private Vertx vertx;
  private UnresponsiveAddress unresponsive;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    DroppingService dropping = new DroppingService();
    unresponsive = new UnresponsiveAddress();

    Map<String, String> config = new HashMap<>();
    for (String name : List.of("directory", "reporting", "prospection", "webhook")) {
      StandInService service = new StandInService(name);
      config.put("passerelle.gateway.services." + name + ".url", url(service.start(vertx)));
      config.put(
          "passerelle.gateway.services." + name + ".management-url",
          url(service.startManagement(vertx)));
    }
    String closed = "http://127.0.0.1:" + UnresponsiveAddress.closedPort();
    config.put("passerelle.gateway.services.referral.url", closed);
    config.put("passerelle.gateway.services.referral.management-url", closed);
    config.put("passerelle.gateway.services.dropping.url", url(dropping.start(vertx)));
    config.put(
        "passerelle.gateway.services.unresponsive.url", "http://127.0.0.1:" + unresponsive.port());
    config.put(
        "passerelle.gateway.services.slowpoke.url",
        config.get("passerelle.gateway.services.directory.url"));
    config.put(
        "passerelle.gateway.services.slowpoke.management-url",
        config.get("passerelle.gateway.services.directory.management-url"));

    config.put("passerelle.gateway.routes.dropping.prefixes", "/api/v1/dropping");
    config.put("passerelle.gateway.routes.unresponsive.prefixes", "/api/v1/unresponsive");
    config.put("passerelle.gateway.routes.unresponsive.connect-timeout", "PT0.3S");
    config.put("passerelle.gateway.routes.slowpoke.prefixes", "/api/v1/slow");
    config.put(
        "passerelle.gateway.routes.slowpoke.response-timeout", SLOW_ROUTE_TIMEOUT.toString());

    for (String undocumented : List.of("dropping", "unresponsive", "slowpoke")) {
      config.put("passerelle.gateway.services." + undocumented + ".openapi-enabled", "false");
    }
    config.put("passerelle.gateway.openapi.fetch-timeout", "PT1S");
    config.put("passerelle.gateway.openapi.cache-ttl", "PT0S");
    config.put("passerelle.gateway.max-body-size", MAX_BODY_SIZE + "");
    config.put("passerelle.gateway.cors.allowed-origins", ALLOWED_ORIGIN);

    config.put(
        "passerelle.gateway.rate-limit.clients." + LIMITED_CLIENT + ".requests",
        Integer.toString(LIMITED_REQUESTS));
    config.put("passerelle.gateway.rate-limit.clients." + LIMITED_CLIENT + ".per", "PT1S");
    config.put(
        "passerelle.gateway.rate-limit.clients." + SLOW_CLIENT + ".requests",
        Integer.toString(SLOW_CLIENT_REQUESTS));
    config.put("passerelle.gateway.rate-limit.clients." + SLOW_CLIENT + ".per", "PT1M");
    config.put(
        "passerelle.gateway.rate-limit.per-person.requests", Integer.toString(PERSON_REQUESTS));
    config.put("passerelle.gateway.rate-limit.per-person.per", "PT1S");
    return config;
  }

  private static String url(Future<Integer> port) {
    try {
      return "http://127.0.0.1:"
          + port.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("A stand-in service did not start", e);
    }
  }

  @Override
  public void stop() {
    if (unresponsive != null) {
      unresponsive.close();
    }
    if (vertx != null) {
      vertx
          .close()
          .toCompletionStage()
          .toCompletableFuture()
          .orTimeout(10, TimeUnit.SECONDS)
          .join();
    }
  }
}
