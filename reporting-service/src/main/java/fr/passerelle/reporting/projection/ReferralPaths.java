package fr.passerelle.reporting.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Each referral's path, recomputed from all its events: the site it counts in (its latest), its
 * agency, and the first time it was answered (invited or declined by the E2C), invited, attended,
 * admitted and started, and its exit. The same statement serves an event applied live (the
 * referrals it touched) and a rebuild (every referral at once), so order never matters.
 */
public final class ReferralPaths {

  private static final String REFRESH =
      """
      INSERT INTO referral_path AS p (generation, referral_id, site_id, agency_safir,
          submitted_at, answered_at, invited_at, attended_at, admitted_at, started_at,
          exited_at, outcome, positive_exit)
      SELECT generation, referral_id,
          (array_agg(site_id ORDER BY occurred_at DESC) FILTER (WHERE site_id IS NOT NULL))[1],
          (array_agg(agency_safir ORDER BY occurred_at DESC)
              FILTER (WHERE agency_safir IS NOT NULL))[1],
          min(occurred_at) FILTER (WHERE kind = 'SUBMITTED'),
          min(occurred_at) FILTER (WHERE action IN ('INVITE', 'DECLINE')),
          min(occurred_at) FILTER (WHERE action = 'INVITE'),
          min(occurred_at) FILTER (WHERE action = 'RECORD_ATTENDANCE' AND to_status = 'ATTENDED'),
          min(occurred_at) FILTER (WHERE action = 'ADMIT'),
          min(occurred_at) FILTER (WHERE action = 'START_PATH'),
          max(occurred_at) FILTER (WHERE action = 'EXIT'),
          (array_agg(outcome ORDER BY occurred_at DESC) FILTER (WHERE action = 'EXIT'))[1],
          bool_or(positive_exit) FILTER (WHERE action = 'EXIT')
      FROM referral_event
      WHERE generation = ? %s
      GROUP BY generation, referral_id
      ON CONFLICT (generation, referral_id) DO UPDATE SET
          site_id = excluded.site_id, agency_safir = excluded.agency_safir,
          submitted_at = excluded.submitted_at, answered_at = excluded.answered_at,
          invited_at = excluded.invited_at, attended_at = excluded.attended_at,
          admitted_at = excluded.admitted_at, started_at = excluded.started_at,
          exited_at = excluded.exited_at, outcome = excluded.outcome,
          positive_exit = excluded.positive_exit
      """;

  private ReferralPaths() {}

  static void refresh(Connection connection, int generation, Collection<UUID> referrals)
      throws SQLException {
    try (PreparedStatement refresh =
        connection.prepareStatement(REFRESH.formatted("AND referral_id = ANY (?)"))) {
      refresh.setInt(1, generation);
      refresh.setArray(2, connection.createArrayOf("uuid", referrals.toArray()));
      refresh.executeUpdate();
    }
  }

  /** Every path of a generation, once its events are all in (a rebuild). */
  public static void refreshAll(Connection connection, int generation) throws SQLException {
    try (PreparedStatement refresh = connection.prepareStatement(REFRESH.formatted(""))) {
      refresh.setInt(1, generation);
      refresh.executeUpdate();
    }
  }
}
