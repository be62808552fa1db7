package fr.passerelle.webhook.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** {@code passerelle.webhooks.*}: how endpoints are checked and deliveries paced. */
@ConfigMapping(prefix = "passerelle.webhooks")
public interface WebhookConfig {

  /**
   * Plain {@code http} to a loopback address is accepted (the local stack and the tests); anything
   * else must be {@code https} to a public address.
   */
  @WithDefault("false")
  boolean allowHttpLoopback();

  /** A delivery succeeds on a 2xx within this time. */
  @WithDefault("PT10S")
  Duration timeout();

  /**
   * The delays before each retry (the Standard Webhooks schedule: about 3 days in all), each with
   * up to {@link #jitter()} added at random; after the last one the delivery is failed.
   */
  @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT14H,PT20H,PT24H")
  List<Duration> retryDelays();

  /** The share of a delay added at random (0.1: up to 10 % more). */
  @WithDefault("0.1")
  double jitter();

  /** An endpoint failing for this long without a single success is disabled. */
  @WithDefault("P5D")
  Duration disableAfter();

  /** How long a rotated-out secret still signs (both signatures are sent meanwhile). */
  @WithDefault("PT24H")
  Duration previousSecretLifetime();

  /**
   * Deliveries in flight to one subscription's endpoint at most: with answers in 40 ms, 200 a
   * second.
   */
  @WithDefault("8")
  int perEndpointConcurrency();

  /** Deliveries in flight in all at most. */
  @WithDefault("32")
  int globalConcurrency();

  /** How often due deliveries are looked for (a new event also wakes the dispatcher at once). */
  @WithDefault("PT1S")
  Duration pollInterval();
}
