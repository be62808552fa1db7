package fr.passerelle.prospection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code passerelle.prospection.*}: the coordination rules that the agreement's steering committee
 * may tune, and the periods of the service's jobs.
 */
@ConfigMapping(prefix = "passerelle.prospection")
public interface ProspectionConfig {

  Lead lead();

  Solicitation solicitation();

  Openings openings();

  /** Who leads the relationship with an employer, for how long. */
  interface Lead {

    /** The follow-up window of a lead taken without saying how long. */
    @WithDefault("P30D")
    Duration defaultWindow();

    /** The longest window a lead may be taken (or handed over) for. */
    @WithDefault("P90D")
    Duration maxWindow();

    Expiry expiry();

    /** The job that ends the leads whose window is over ({@code LeadExpiryJob}). */
    interface Expiry {

      /** How often it runs ({@code off} to stop it on this replica). */
      @WithDefault("PT5M")
      String every();

      /** Leads ended per run. */
      @WithDefault("200")
      int batchSize();
    }
  }

  /** The solicitation ceiling: how often employers are approached, across both networks. */
  interface Solicitation {

    /** At most this many outbound contacts (planned or done) per employer in any window. */
    @WithDefault("3")
    int ceiling();

    /** The rolling window, in whole days. */
    @WithDefault("P30D")
    Duration window();
  }

  /** The openings published from contacts. */
  interface Openings {

    Expiry expiry();

    /**
     * The job that expires open openings the day after their end date ({@code OpeningExpiryJob}).
     */
    interface Expiry {

      /** How often it runs ({@code off} to stop it on this replica). */
      @WithDefault("PT15M")
      String every();

      /** Openings expired per transaction. */
      @WithDefault("200")
      int batchSize();
    }
  }
}
