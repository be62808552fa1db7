package fr.passerelle.reporting.scorecard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.reporting.config.ReportingConfig;
import fr.passerelle.reporting.indicator.Area;
import fr.passerelle.reporting.indicator.Family;
import fr.passerelle.reporting.indicator.IndicatorApi.Status;
import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import fr.passerelle.reporting.indicator.IndicatorRequest;
import fr.passerelle.reporting.indicator.IndicatorService;
import fr.passerelle.reporting.indicator.Period;
import fr.passerelle.reporting.indicator.SmallNumbers;
import fr.passerelle.reporting.indicator.Territory;
import fr.passerelle.reporting.scorecard.ScorecardApi.Axis;
import fr.passerelle.reporting.scorecard.ScorecardApi.Line;
import fr.passerelle.reporting.scorecard.ScorecardApi.Scorecard;
import fr.passerelle.reporting.scorecard.ScorecardApi.Target;
import fr.passerelle.reporting.scorecard.ScorecardApi.Targets;
import fr.passerelle.reporting.scorecard.ScorecardApi.TargetsUpdate;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The agreement's scorecard, and the targets steering sets for each of its years. */
@ApplicationScoped
public class ScorecardService {

  private final IndicatorService indicators;
  private final OrganisationCounts organisation;
  private final AgroalDataSource dataSource;
  private final ReportingConfig config;
  private final ObjectMapper mapper;
  private final Caller caller;
  private final Clock clock;

  ScorecardService(
      IndicatorService indicators,
      OrganisationCounts organisation,
      AgroalDataSource dataSource,
      ReportingConfig config,
      ObjectMapper mapper,
      Caller caller,
      Clock clock) {
    this.indicators = indicators;
    this.organisation = organisation;
    this.dataSource = dataSource;
    this.config = config;
    this.mapper = mapper;
    this.caller = caller;
    this.clock = clock;
  }

  public Scorecard scorecard(Territory territory, Integer agreementYear, SmallNumbers rule) {
    int year = agreementYear == null ? currentYear() : checked(agreementYear);
    Period period = toDate(year);
    Period before = period.yearBefore();
    Area area = Area.of(territory);
    Map<Family, Map<String, Value>> now = new EnumMap<>(Family.class);
    Map<Family, Map<String, Value>> then = new EnumMap<>(Family.class);
    Map<String, Value> organisationNow = organisation.counts(territory, period, today());
    Map<String, Value> organisationThen = organisation.counts(territory, before, before.to());
    // Steering's targets of the year for this territory, read once; for the whole country the
    // figures the agreement names stand until steering sets its own.
    Map<String, BigDecimal> steering = stored(year, territory).targets();
    Map<String, BigDecimal> agreement =
        territory.level() == Territory.Level.NATIONAL ? agreementFigures() : Map.of();
    List<Axis> axes = new ArrayList<>();
    for (int axis = 1; axis <= ScorecardLine.AXES.size(); axis++) {
      List<Line> lines = new ArrayList<>();
      for (ScorecardLine line : ScorecardLine.values()) {
        if (line.axis() != axis) {
          continue;
        }
        Value value;
        Value yearBefore;
        String description;
        if (line.family().isPresent()) {
          Family family = line.family().get();
          value = measure(now, family, line, period, area, rule);
          yearBefore =
              family.hasPeriod()
                  ? measure(then, family, line, before, area, rule)
                  : new Value(line.measure(), null, "", Status.UNDEFINED);
          description =
              family.measures().stream()
                  .filter(m -> m.name().equals(line.measure()))
                  .findFirst()
                  .orElseThrow()
                  .description();
        } else {
          value = organisationNow.get(line.indicator());
          yearBefore = organisationThen.get(line.indicator());
          description = OrganisationCounts.DESCRIPTIONS.get(line.indicator());
        }
        boolean set = steering.containsKey(line.indicator());
        BigDecimal target = set ? steering.get(line.indicator()) : agreement.get(line.indicator());
        lines.add(
            new Line(
                line.indicator(),
                description,
                target,
                target == null ? null : set ? "steering" : "agreement",
                named(value, line.indicator()),
                named(yearBefore, line.indicator()),
                value.value() != null && yearBefore.value() != null
                    ? value.value().subtract(yearBefore.value())
                    : null));
      }
      axes.add(new Axis(axis, ScorecardLine.AXES.get(axis - 1), lines));
    }
    return new Scorecard(territory.label(), year, period.from(), period.to(), axes);
  }

  public Versioned<Targets> targets(int agreementYear, Territory territory) {
    int year = checked(agreementYear);
    Stored stored = stored(year, territory);
    return new Versioned<>(
        new Targets(year, territory.label(), asList(stored.targets())), stored.version());
  }

  @Transactional
  public Versioned<Targets> setTargets(
      int agreementYear, Territory territory, String ifMatch, TargetsUpdate update) {
    int year = checked(agreementYear);
    Map<String, BigDecimal> targets = new TreeMap<>();
    for (Target target : update.targets()) {
      if (ScorecardLine.of(target.indicator()).isEmpty()) {
        throw new InvalidRequestException(
            "targets.indicator", "'%s' is no scorecard indicator".formatted(target.indicator()));
      }
      targets.put(target.indicator(), target.value());
    }
    try (Connection connection = dataSource.getConnection()) {
      Stored stored = stored(connection, year, territory, true);
      EntityTags.requireMatch(ifMatch, stored.version(), "targets of year", year);
      long version = stored.version() + 1;
      try (PreparedStatement upsert =
          connection.prepareStatement(
              "INSERT INTO scorecard_target (agreement_year, territory, targets, version,"
                  + " updated_by, updated_at) VALUES (?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT"
                  + " (agreement_year, territory) DO UPDATE SET targets = excluded.targets,"
                  + " version = excluded.version, updated_by = excluded.updated_by,"
                  + " updated_at = excluded.updated_at")) {
        upsert.setInt(1, year);
        upsert.setString(2, territory.label());
        upsert.setString(3, mapper.writeValueAsString(targets));
        upsert.setLong(4, version);
        upsert.setString(5, caller.actor());
        upsert.setObject(6, clock.instant().atOffset(ZoneOffset.UTC));
        upsert.executeUpdate();
      }
      return new Versioned<>(new Targets(year, territory.label(), asList(targets)), version);
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("targets cannot be written", e);
    }
  }

  private Value measure(
      Map<Family, Map<String, Value>> cache,
      Family family,
      ScorecardLine line,
      Period period,
      Area area,
      SmallNumbers rule) {
    Map<String, Value> values =
        cache.computeIfAbsent(
            family,
            f -> {
              Map<String, Value> byName = new LinkedHashMap<>();
              indicators
                  .table(f, new IndicatorRequest(period, area, List.of(), rule))
                  .rows()
                  .get(0)
                  .values()
                  .forEach(v -> byName.put(v.name(), v));
              return byName;
            });
    return values.get(line.measure());
  }

  private static Value named(Value value, String indicator) {
    return new Value(indicator, value.value(), value.shown(), value.status());
  }

  private Map<String, BigDecimal> agreementFigures() {
    return Map.of(
        ScorecardLine.ACTIVE_SITES.indicator(),
        BigDecimal.valueOf(config.agreement().networkSites()),
        ScorecardLine.SUBMITTED.indicator(),
        BigDecimal.valueOf(config.agreement().youngPeoplePerYear()));
  }

  private record Stored(Map<String, BigDecimal> targets, long version) {}

  private Stored stored(int year, Territory territory) {
    try (Connection connection = dataSource.getConnection()) {
      return stored(connection, year, territory, false);
    } catch (SQLException e) {
      throw new IllegalStateException("targets cannot be read", e);
    }
  }

  private Stored stored(Connection connection, int year, Territory territory, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT targets::text, version FROM scorecard_target WHERE agreement_year = ?"
                + " AND territory = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
      select.setInt(1, year);
      select.setString(2, territory.label());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return new Stored(Map.of(), 0);
        }
        return new Stored(
            mapper.readValue(row.getString(1), new TypeReference<Map<String, BigDecimal>>() {}),
            row.getLong(2));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SQLException("stored targets are unreadable", e);
      }
    }
  }

  private static List<Target> asList(Map<String, BigDecimal> targets) {
    return targets.entrySet().stream().map(e -> new Target(e.getKey(), e.getValue())).toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Period.FRANCE));
  }

  private int currentYear() {
    LocalDate start = config.agreement().startsOn();
    int elapsed = (int) java.time.temporal.ChronoUnit.YEARS.between(start, today()) + 1;
    return Math.max(1, Math.min(config.agreement().years(), elapsed));
  }

  private int checked(int year) {
    if (year < 1 || year > config.agreement().years()) {
      throw new InvalidRequestException(
          "agreementYear", "must be between 1 and " + config.agreement().years());
    }
    return year;
  }

  /** The agreement year, up to today while it runs. */
  private Period toDate(int year) {
    LocalDate from = config.agreement().startsOn().plusYears(year - 1L);
    LocalDate last = from.plusYears(1).minusDays(1);
    LocalDate to = today().isBefore(last) ? today() : last;
    return new Period(from, to.isBefore(from) ? from : to);
  }
}
