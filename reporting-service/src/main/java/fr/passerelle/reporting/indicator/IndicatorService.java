package fr.passerelle.reporting.indicator;

import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.reporting.config.ReportingConfig;
import fr.passerelle.reporting.indicator.IndicatorApi.Group;
import fr.passerelle.reporting.indicator.IndicatorApi.IndicatorTable;
import fr.passerelle.reporting.indicator.IndicatorApi.MeasureDefinition;
import fr.passerelle.reporting.indicator.IndicatorApi.Row;
import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import fr.passerelle.reporting.projection.Generations;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes an indicator table from the current generation of the projections: one SQL statement per
 * table (the family's counts and delays per group), then the rates and the small-numbers rule.
 */
@ApplicationScoped
public class IndicatorService {

  private final AgroalDataSource dataSource;
  private final ReportingConfig config;

  IndicatorService(AgroalDataSource dataSource, ReportingConfig config) {
    this.dataSource = dataSource;
    this.config = config;
  }

  public IndicatorTable table(Family family, IndicatorRequest request) {
    Source source = family.source();
    List<Grouping> groupings = groupings(family, request.groupings());
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      int generation = Generations.current(connection);
      Area area = countable(connection, generation, source, request.area());
      List<Row> rows = rows(connection, generation, family, request, area, groupings);
      Period period = source.hasPeriod() ? request.period() : null;
      return new IndicatorTable(
          family.name().toLowerCase(Locale.ROOT),
          family.description(),
          period == null ? null : period.from(),
          period == null ? null : period.to(),
          area.label(),
          groupings.stream().map(Grouping::parameter).toList(),
          config.smallNumbersBelow(),
          family.measures().stream()
              .map(m -> new MeasureDefinition(m.name(), m.kind(), m.description()))
              .toList(),
          rows);
    } catch (SQLException e) {
      throw new IllegalStateException("indicator " + family + " cannot be read", e);
    }
  }

  private static List<Grouping> groupings(Family family, List<Grouping> asked) {
    Set<Grouping> all = new LinkedHashSet<>(asked);
    all.addAll(family.fixedGroupings());
    for (Grouping grouping : all) {
      if (!family.source().supports(grouping)) {
        throw new InvalidRequestException(
            "groupBy",
            "%s cannot be grouped by %s"
                .formatted(family.name().toLowerCase(Locale.ROOT), grouping.parameter()));
      }
    }
    return List.copyOf(all);
  }

  /**
   * The territory as the source can count it: a source that knows no site or agency (prospection,
   * coverage) counts the departments of the sites or of the agency asked for.
   */
  private static Area countable(Connection connection, int generation, Source source, Area area)
      throws SQLException {
    List<Territory> countable = new ArrayList<>();
    for (Territory territory : area.territories()) {
      countable.add(countable(connection, generation, source, territory));
    }
    return new Area(countable, area.outside());
  }

  private static Territory countable(
      Connection connection, int generation, Source source, Territory territory)
      throws SQLException {
    Grouping level = levelColumn(territory.level());
    if (level == null || source.supports(level)) {
      return territory;
    }
    String sql =
        territory.level() == Territory.Level.SITE
            ? "SELECT DISTINCT department_code FROM site WHERE generation = ? AND site_id::text = ANY (?)"
            : "SELECT DISTINCT department_code FROM agency WHERE generation = ? AND safir = ANY (?)";
    List<String> departments = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, generation);
      select.setArray(2, connection.createArrayOf("text", territory.codes().toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          departments.add(rows.getString(1));
        }
      }
    }
    return new Territory(Territory.Level.DEPARTMENT, departments.stream().sorted().toList());
  }

  private static Grouping levelColumn(Territory.Level level) {
    return switch (level) {
      case NATIONAL -> null;
      case REGION -> Grouping.REGION;
      case DEPARTMENT -> Grouping.DEPARTMENT;
      case SITE -> Grouping.SITE;
      case AGENCY -> Grouping.AGENCY;
    };
  }

  private List<Row> rows(
      Connection connection,
      int generation,
      Family family,
      IndicatorRequest request,
      Area area,
      List<Grouping> groupings)
      throws SQLException {
    Source source = family.source();
    List<Measure> inSql = family.measures().stream().filter(Measure::inSql).toList();
    StringBuilder sql = new StringBuilder("SELECT ");
    List<String> selected = new ArrayList<>();
    groupings.forEach(g -> selected.add(source.column(g) + " AS g_" + g.parameter()));
    inSql.forEach(m -> selected.add(m.sql() + " AS m_" + m.name()));
    sql.append(String.join(", ", selected))
        .append(" FROM ")
        .append(source.from().replace(":generation", Integer.toString(generation)))
        .append(" WHERE TRUE");
    List<Object> parameters = new ArrayList<>();
    if (source.hasPeriod()) {
      sql.append(" AND ")
          .append(source.time())
          .append(" >= ? AND ")
          .append(source.time())
          .append(" < ?");
      parameters.add(request.period().start());
      parameters.add(request.period().end());
    }
    if (!area.national() || area.outside()) {
      List<String> terms = new ArrayList<>();
      for (Territory territory : area.territories()) {
        Grouping level = levelColumn(territory.level());
        terms.add(level == null ? "TRUE" : source.column(level) + " = ANY (?)");
        if (level != null) {
          parameters.add(connection.createArrayOf("text", territory.codes().toArray()));
        }
      }
      String any = "coalesce(" + String.join(" OR ", terms) + ", FALSE)";
      sql.append(area.outside() ? " AND NOT " : " AND ").append(any);
    }
    if (source.condition() != null) {
      sql.append(" AND ").append(source.condition());
    }
    if (!groupings.isEmpty()) {
      String positions =
          java.util.stream.IntStream.rangeClosed(1, groupings.size())
              .mapToObj(Integer::toString)
              .collect(Collectors.joining(", "));
      sql.append(" GROUP BY ").append(positions).append(" ORDER BY ").append(positions);
    }
    sql.append(" LIMIT ").append(IndicatorApi.MAX_ROWS + 1);
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(row(result, family, groupings, rule(family, request.smallNumbers())));
        }
      }
    }
    if (rows.size() > IndicatorApi.MAX_ROWS) {
      throw new InvalidRequestException(
          "groupBy", "gives more than %d rows: group by less".formatted(IndicatorApi.MAX_ROWS));
    }
    return rows;
  }

  /** Structures and employers single nobody out: their counts are shown whatever they are. */
  private static SmallNumbers rule(Family family, SmallNumbers asked) {
    return family.countsYoungPeople() ? asked : new SmallNumbers(asked.below(), false);
  }

  private Row row(ResultSet result, Family family, List<Grouping> groupings, SmallNumbers rule)
      throws SQLException {
    Map<Grouping, String> keys = new EnumMap<>(Grouping.class);
    for (Grouping grouping : groupings) {
      keys.put(grouping, result.getString("g_" + grouping.parameter()));
    }
    Map<String, Long> counts = new HashMap<>();
    counts.put(Sources.NETWORK_SITES, (long) config.agreement().networkSites());
    for (Measure measure : family.measures()) {
      if (measure.kind() == Measure.Kind.COUNT) {
        counts.put(measure.name(), result.getLong("m_" + measure.name()));
      }
    }
    List<Value> values = new ArrayList<>();
    for (Measure measure : family.measures()) {
      values.add(
          switch (measure.kind()) {
            case COUNT -> rule.count(measure.name(), counts.get(measure.name()));
            case RATE ->
                rule.rate(
                    measure.name(),
                    counts.get(measure.numerator()),
                    counts.get(measure.denominator()),
                    measure.denominator().equals(Sources.NETWORK_SITES));
            case DAYS -> {
              double days = result.getDouble("m_" + measure.name());
              yield rule.days(
                  measure.name(), result.wasNull() ? null : days, counts.get(measure.basis()));
            }
          });
    }
    return new Row(
        new Group(
            keys.get(Grouping.MONTH),
            keys.get(Grouping.REGION),
            keys.get(Grouping.DEPARTMENT),
            keys.get(Grouping.SITE),
            keys.get(Grouping.AGENCY),
            keys.get(Grouping.REASON),
            keys.get(Grouping.NETWORK),
            keys.get(Grouping.CHANNEL)),
        values);
  }
}
