package fr.passerelle.reporting.indicator;

import static java.util.Map.entry;

import java.util.Map;

/** The sources the families count, over the projection tables of one generation. */
final class Sources {

  /** The denominator of a share of the network's sites, as the agreement counts them. */
  static final String NETWORK_SITES = "agreement:networkSites";

  /**
   * Every event of a referral's path, and the information-only orientations, each placed in the
   * territory of the referral's site and agency as they stand now.
   */
  static final Source REFERRAL_EVENTS =
      new Source(
          """
          (SELECT e.kind, e.occurred_at, e.action, e.to_status, e.reason_code, e.positive_exit,
                  e.milestone_kind, e.employer_siret, e.overridden_rules, p.site_id,
                  p.agency_safir, p.answered_at
             FROM referral_event e
             JOIN referral_path p ON p.generation = e.generation AND p.referral_id = e.referral_id
            WHERE e.generation = :generation
           UNION ALL
           SELECT 'ORIENTATION_' || o.change, o.occurred_at, NULL, NULL, NULL, NULL, NULL, NULL, 0,
                  o.site_id, o.agency_safir, NULL
             FROM orientation_event o
            WHERE o.generation = :generation) f
          LEFT JOIN site s ON s.generation = :generation AND s.site_id = f.site_id
          """,
          "f.occurred_at",
          Map.ofEntries(
              entry(Grouping.REGION, "s.region_code"),
              entry(Grouping.DEPARTMENT, "s.department_code"),
              entry(Grouping.SITE, "f.site_id::text"),
              entry(Grouping.AGENCY, "f.agency_safir"),
              entry(Grouping.REASON, "f.reason_code")));

  /** Each referral's path, placed in the period by its submission. */
  static final Source REFERRAL_PATHS =
      new Source(
          """
          referral_path f
          LEFT JOIN site s ON s.generation = f.generation AND s.site_id = f.site_id
          """,
          "f.submitted_at",
          Map.of(
              Grouping.REGION, "s.region_code",
              Grouping.DEPARTMENT, "s.department_code",
              Grouping.SITE, "f.site_id::text",
              Grouping.AGENCY, "f.agency_safir"));

  /** Information sessions as they last stood; the agency is the one hosting the session. */
  static final Source SESSIONS =
      new Source(
          """
          info_session f
          LEFT JOIN site s ON s.generation = f.generation AND s.site_id = f.site_id
          LEFT JOIN agency a ON a.generation = f.generation AND a.agency_id = f.agency_id
          """,
          "f.starts_at",
          Map.of(
              Grouping.REGION, "s.region_code",
              Grouping.DEPARTMENT, "s.department_code",
              Grouping.SITE, "f.site_id::text",
              Grouping.AGENCY, "a.safir"));

  /** E2C sites as they stand, each with its pairings in force. */
  static final Source SITES =
      new Source(
          """
          (SELECT s.*, (SELECT count(*) FROM pairing p
                         WHERE p.generation = s.generation AND p.site_id = s.site_id
                           AND p.ended_on IS NULL) AS pairings
             FROM site s WHERE s.generation = :generation) f
          """,
          null,
          Map.of(
              Grouping.REGION, "f.region_code",
              Grouping.DEPARTMENT, "f.department_code",
              Grouping.SITE, "f.site_id::text"));

  /** Prospection events; a filled opening brings the time it was published. */
  static final Source PROSPECTION =
      new Source(
          """
          (SELECT e.*, pub.occurred_at AS published_at
             FROM prospection_event e
             LEFT JOIN prospection_event pub ON e.kind = 'OPENING_FILLED'
                  AND pub.generation = e.generation AND pub.opening_id = e.opening_id
                  AND pub.kind = 'OPENING_PUBLISHED'
            WHERE e.generation = :generation) f
          """,
          "f.occurred_at",
          Map.of(
              Grouping.REGION, "f.region_code",
              Grouping.DEPARTMENT, "f.department_code",
              Grouping.NETWORK, "f.network",
              Grouping.CHANNEL, "f.channel"));

  private Sources() {}

  static String median(String interval) {
    return percentile(0.5, interval, null);
  }

  static String median(String interval, String filter) {
    return percentile(0.5, interval, filter);
  }

  static String p90(String interval) {
    return percentile(0.9, interval, null);
  }

  private static String percentile(double fraction, String interval, String filter) {
    String aggregate =
        "percentile_cont(%s) WITHIN GROUP (ORDER BY extract(epoch FROM %s) / 86400.0)"
            .formatted(fraction, interval);
    return filter == null ? aggregate : aggregate + " FILTER (WHERE " + filter + ")";
  }
}
