package fr.passerelle.reporting.freshness;

import fr.passerelle.reporting.config.ReportingConfig;
import fr.passerelle.reporting.freshness.FreshnessApi.Freshness;
import fr.passerelle.reporting.freshness.FreshnessApi.TopicFreshness;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while events wait on a topic and none was applied for {@code freshness.max-stall}: the
 * consumer is stuck and the indicators say less than the events do. Reports each topic's lag, and
 * publishes it (and the age of the last event applied) as metrics.
 */
@Readiness
@ApplicationScoped
public class FreshnessReadiness implements HealthCheck {

  private final FreshnessService freshness;
  private final ReportingConfig config;
  private final Clock clock;
  private final Instant startedAt;
  private static final Duration SCRAPE = Duration.ofSeconds(1);
  private volatile Scraped scraped;

  FreshnessReadiness(FreshnessService freshness, ReportingConfig config, Clock clock) {
    this.freshness = freshness;
    this.config = config;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  void metrics(@Observes StartupEvent started, MeterRegistry registry, TopicEnds ends) {
    for (String topic : ends.topics()) {
      Gauge.builder(
              "passerelle.reporting.lag", () -> topic(topic).map(TopicFreshness::lag).orElse(null))
          .tag("topic", topic)
          .description("Events on the topic not applied to the serving projections yet")
          .register(registry);
      Gauge.builder(
              "passerelle.reporting.freshness.seconds",
              () ->
                  topic(topic)
                      .map(TopicFreshness::lastEventTime)
                      .map(time -> (double) Duration.between(time, clock.instant()).toSeconds())
                      .orElse(null))
          .tag("topic", topic)
          .description("Age of the last event applied from the topic")
          .register(registry);
    }
  }

  /**
   * One topic of the freshness, read once per scrape: the gauges of every topic (lag and age) share
   * a reading of at most a second ago rather than each querying the database.
   */
  private java.util.Optional<TopicFreshness> topic(String topic) {
    Scraped last = scraped;
    if (last == null || System.nanoTime() - last.at() > SCRAPE.toNanos()) {
      last = new Scraped(freshness.freshness(), System.nanoTime());
      scraped = last;
    }
    return last.freshness().topics().stream().filter(t -> t.topic().equals(topic)).findFirst();
  }

  private record Scraped(Freshness freshness, long at) {}

  @Override
  public HealthCheckResponse call() {
    Freshness now = freshness.freshness();
    Instant stalledBefore = clock.instant().minus(config.freshness().maxStall());
    HealthCheckResponseBuilder response = HealthCheckResponse.named("projections");
    boolean stalled = false;
    for (TopicFreshness topic : now.topics()) {
      Instant lastProgress = topic.appliedAt() == null ? startedAt : topic.appliedAt();
      boolean stuck =
          topic.lag() != null && topic.lag() > 0 && lastProgress.isBefore(stalledBefore);
      stalled |= stuck;
      response.withData(
          topic.topic(),
          (topic.lag() == null ? "lag unknown" : "lag " + topic.lag())
              + (stuck ? ", nothing applied since " + lastProgress : ""));
    }
    return response.withData("generation", now.generation()).status(!stalled).build();
  }
}
