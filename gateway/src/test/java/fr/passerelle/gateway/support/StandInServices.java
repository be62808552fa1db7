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
 * them: directory, reporting and prospection stand-ins that answer; referral, whose port refuses
 * connections (a service that is down); a service that drops connections once; one whose address
 * never completes a connection; and the directory answering slowly on a route with a short response
 * timeout. Also sets the test clients' rate limits.
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

  /** The response timeout of the {@code /api/v1/slow} route, well under the stand-in's delay. */
  public static final Duration SLOW_ROUTE_TIMEOUT = Duration.ofMillis(400);

  /** The client whose small limit the rate-limit test exhausts. */
  public static final String LIMITED_CLIENT = "limited-partner";

  public static final int LIMITED_REQUESTS = 3;

  /** The request body limit in tests. */
  public static final long MAX_BODY_SIZE = 16L * 1024 * 1024;

  public static final String ALLOWED_ORIGIN = "https://portal.passerelle.test";

  private Vertx vertx;
  private UnresponsiveAddress unresponsive;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    StandInService directory = new StandInService("directory");
    StandInService reporting = new StandInService("reporting");
    StandInService prospection = new StandInService("prospection");
    DroppingService dropping = new DroppingService();
    unresponsive = new UnresponsiveAddress();

    Map<String, String> config = new HashMap<>();
    config.put("passerelle.gateway.services.directory.url", url(directory.start(vertx)));
    config.put("passerelle.gateway.services.reporting.url", url(reporting.start(vertx)));
    config.put("passerelle.gateway.services.prospection.url", url(prospection.start(vertx)));
    config.put(
        "passerelle.gateway.services.referral.url",
        "http://127.0.0.1:" + UnresponsiveAddress.closedPort());
    config.put("passerelle.gateway.services.dropping.url", url(dropping.start(vertx)));
    config.put(
        "passerelle.gateway.services.unresponsive.url", "http://127.0.0.1:" + unresponsive.port());
    config.put(
        "passerelle.gateway.services.slowpoke.url",
        config.get("passerelle.gateway.services.directory.url"));

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
