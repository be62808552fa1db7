package fr.passerelle.referral.config;

import fr.passerelle.referral.dossier.Activity;
import fr.passerelle.referral.dossier.Qualification;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** {@code passerelle.referral.*}: the agreement's rules that its steering committee may tune. */
@ConfigMapping(prefix = "passerelle.referral")
public interface ReferralConfig {

  Eligibility eligibility();

  FollowUp followUp();

  Retention retention();

  /**
   * Key of the keyed hash that finds a person's pseudonymous id again ({@code PSEUDONYM_KEY}):
   * required in production, like {@link #clientSecret()}.
   */
  String pseudonymKey();

  /**
   * The service's own client secret towards the directory ({@code OIDC_CLIENT_SECRET}), read by
   * {@code quarkus.oidc-client.credentials.secret}: required here, so that a production start
   * without it stops at configuration validation (see platform {@code DeploymentSecrets}).
   */
  String clientSecret();

  /** Who may be referred, checked on the submission date. */
  interface Eligibility {

    /** Youngest age, inclusive. */
    @WithDefault("16")
    int minAge();

    /** Oldest age, inclusive: 25 means up to the day before the 26th birthday. */
    @WithDefault("25")
    int maxAge();

    /** Highest qualifications that keep a young person eligible (none reaching CAP/BEP level). */
    @WithDefault("NONE,BREVET")
    Set<Qualification> eligibleQualifications();

    /** Activities that keep a young person eligible (not in employment or training). */
    @WithDefault("NONE")
    Set<Activity> eligibleActivities();
  }

  /** Reminders and expiry of referrals left without action, as DORA does for its orientations. */
  interface FollowUp {

    /** How often the job runs ({@code off} to stop it on this replica). */
    @WithDefault("PT15M")
    String every();

    /** A referral awaiting the E2C's answer for this long raises a reminder event. */
    @WithDefault("P10D")
    Duration remindAfter();

    /** A submitted referral nobody opened for this long expires. */
    @WithDefault("P30D")
    Duration expireAfter();

    /**
     * An open referral (any status) nobody acted on for this many months is closed by the service,
     * then follows the retention of closed referrals: no personal data is kept indefinitely.
     */
    @WithDefault("12")
    int closeInactiveAfterMonths();

    /** Referrals handled per run of the job. */
    @WithDefault("200")
    int batchSize();
  }

  interface Retention {

    /** When the anonymisation job runs (Quartz cron; {@code off} to stop it on this replica). */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /** Personal data of a referral closed for this many months is anonymised. */
    @WithDefault("24")
    int closedForMonths();

    /** An orientation's first name and contact are erased this many months after its session. */
    @WithDefault("3")
    int orientationKeptForMonths();

    @WithDefault("200")
    int batchSize();
  }
}
