package fr.passerelle.reporting.scorecard;

import fr.passerelle.reporting.indicator.IndicatorApi.Status;
import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import fr.passerelle.reporting.indicator.Period;
import fr.passerelle.reporting.indicator.Territory;
import fr.passerelle.reporting.projection.Generations;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Axes 4 and 5 of the scorecard: experiments running or extended in the period, and commitments of
 * the action plan due in it, done or late. These count the partnership's own work, not young
 * people: the small-numbers rule does not apply.
 */
@ApplicationScoped
class OrganisationCounts {

  static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "experiments.running",
          "experiments running, evaluated or extended in the period",
          "experiments.extended",
          "experiments extended after their evaluation",
          "actionPlan.done",
          "commitments due in the period and done",
          "actionPlan.late",
          "commitments due in the period, still open past their due date");

  private final AgroalDataSource dataSource;

  OrganisationCounts(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The territory as sets: its departments, its sites, its agencies (all empty: national). */
  private record Parts(
      boolean national,
      List<String> departments,
      List<String> regions,
      List<String> sites,
      List<String> agencies) {}

  Map<String, Value> counts(Territory territory, Period period, LocalDate today) {
    try (Connection connection = dataSource.getConnection()) {
      Parts parts = parts(connection, territory);
      long[] experiments = experiments(connection, parts, period);
      long[] commitments = commitments(connection, parts, period, today);
      return Map.of(
          "experiments.running", value("experiments.running", experiments[0]),
          "experiments.extended", value("experiments.extended", experiments[1]),
          "actionPlan.done", value("actionPlan.done", commitments[0]),
          "actionPlan.late", value("actionPlan.late", commitments[1]));
    } catch (SQLException e) {
      throw new IllegalStateException("the experiments and the action plan cannot be counted", e);
    }
  }

  private static Value value(String name, long count) {
    return new Value(name, BigDecimal.valueOf(count), Long.toString(count), Status.VALUE);
  }

  private static long[] experiments(Connection connection, Parts parts, Period period)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT count(*) FILTER (WHERE status IN ('RUNNING', 'EVALUATED', 'EXTENDED')),"
                + " count(*) FILTER (WHERE status = 'EXTENDED') FROM experiment"
                + " WHERE starts_on <= ? AND ends_on >= ? AND (? OR department_codes && ?"
                + " OR site_ids && ?::uuid[] OR agency_safirs && ?)")) {
      select.setObject(1, period.to());
      select.setObject(2, period.from());
      select.setBoolean(3, parts.national());
      select.setArray(4, text(connection, parts.departments()));
      select.setArray(5, text(connection, parts.sites()));
      select.setArray(6, text(connection, parts.agencies()));
      return two(select);
    }
  }

  private static long[] commitments(
      Connection connection, Parts parts, Period period, LocalDate today) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT count(*) FILTER (WHERE status = 'DONE'), count(*) FILTER (WHERE status IN"
                + " ('PLANNED', 'IN_PROGRESS') AND due_on < ?) FROM commitment"
                + " WHERE due_on BETWEEN ? AND ? AND (? OR (department_code IS NULL AND"
                + " region_code IS NULL) OR department_code = ANY (?) OR region_code = ANY (?))")) {
      select.setObject(1, today);
      select.setObject(2, period.from());
      select.setObject(3, period.to());
      select.setBoolean(4, parts.national());
      select.setArray(5, text(connection, parts.departments()));
      select.setArray(6, text(connection, parts.regions()));
      return two(select);
    }
  }

  private static long[] two(PreparedStatement select) throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      row.next();
      return new long[] {row.getLong(1), row.getLong(2)};
    }
  }

  private static Parts parts(Connection connection, Territory territory) throws SQLException {
    List<String> codes = territory.codes();
    return switch (territory.level()) {
      case NATIONAL -> new Parts(true, List.of(), List.of(), List.of(), List.of());
      case REGION ->
          new Parts(
              false,
              column(
                  connection,
                  "SELECT DISTINCT department_code FROM site WHERE generation = ? AND region_code = ANY (?)",
                  codes),
              codes,
              column(
                  connection,
                  "SELECT site_id::text FROM site WHERE generation = ? AND region_code = ANY (?)",
                  codes),
              column(
                  connection,
                  "SELECT safir FROM agency WHERE generation = ? AND region_code = ANY (?)",
                  codes));
      case DEPARTMENT ->
          new Parts(
              false,
              codes,
              column(
                  connection,
                  "SELECT DISTINCT region_code FROM site WHERE generation = ? AND department_code = ANY (?)",
                  codes),
              column(
                  connection,
                  "SELECT site_id::text FROM site WHERE generation = ? AND department_code = ANY (?)",
                  codes),
              column(
                  connection,
                  "SELECT safir FROM agency WHERE generation = ? AND department_code = ANY (?)",
                  codes));
      case SITE -> new Parts(false, List.of(), List.of(), codes, List.of());
      case AGENCY -> new Parts(false, List.of(), List.of(), List.of(), codes);
    };
  }

  private static List<String> column(Connection connection, String sql, List<String> codes)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, Generations.current(connection));
      select.setArray(2, text(connection, codes));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private static Array text(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }
}
