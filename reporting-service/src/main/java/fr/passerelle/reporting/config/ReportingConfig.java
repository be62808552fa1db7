package fr.passerelle.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;

/** {@code passerelle.reporting.*}: the agreement's figures and the rules of the indicators. */
@ConfigMapping(prefix = "passerelle.reporting")
public interface ReportingConfig {

  /**
   * Below this, a count is shown as {@code <5} (for every role but {@code admin}) and rates and
   * delays built on it are withheld, so that no young person can be singled out.
   */
  @WithDefault("5")
  int smallNumbersBelow();

  Agreement agreement();

  Freshness freshness();

  Rebuild rebuild();

  /** The framework agreement: when it started, how long it lasts, what it names. */
  interface Agreement {

    @WithDefault("2025-01-01")
    LocalDate startsOn();

    @WithDefault("3")
    int years();

    /** The network's sites, as the agreement counts them. */
    @WithDefault("124")
    int networkSites();

    /** The regions the network covers, as the agreement counts them. */
    @WithDefault("12")
    int networkRegions();

    /** The young people the E2C network welcomes in a year ("près de 15 000 jeunes"). */
    @WithDefault("15000")
    int youngPeoplePerYear();
  }

  /** When the projections count as stalled, for the readiness check. */
  interface Freshness {

    /**
     * Not ready when events wait on a topic and none was applied for this long: the consumer is
     * stuck, and the indicators say less than the events do.
     */
    @WithDefault("PT5M")
    Duration maxStall();

    /** How long the topics' end offsets are cached between two freshness reads. */
    @WithDefault("PT2S")
    Duration endOffsetsCache();
  }

  /** A rebuild of every projection from the start of the topics. */
  interface Rebuild {

    /** Events written per transaction while the rebuild reads the topics. */
    @WithDefault("20000")
    int batchSize();
  }
}
