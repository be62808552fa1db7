package fr.passerelle.reporting.experiment;

import fr.passerelle.reporting.experiment.ComparisonApi.Comparison;
import fr.passerelle.reporting.experiment.ComparisonApi.Side;
import fr.passerelle.reporting.indicator.Area;
import fr.passerelle.reporting.indicator.Family;
import fr.passerelle.reporting.indicator.IndicatorApi.IndicatorTable;
import fr.passerelle.reporting.indicator.IndicatorApi.MeasureDefinition;
import fr.passerelle.reporting.indicator.IndicatorApi.Value;
import fr.passerelle.reporting.indicator.IndicatorRequest;
import fr.passerelle.reporting.indicator.IndicatorService;
import fr.passerelle.reporting.indicator.Period;
import fr.passerelle.reporting.indicator.SmallNumbers;
import fr.passerelle.reporting.indicator.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a steering committee needs to decide whether to extend an experiment: its indicators over
 * its territory and period, the rest of the country over the same days, and its territory the year
 * before.
 */
@ApplicationScoped
public class ExperimentComparison {

  static final List<Family> FAMILIES = List.of(Family.FUNNEL, Family.RATES, Family.COMPANY);

  private final ExperimentService experiments;
  private final IndicatorService indicators;
  private final Clock clock;

  ExperimentComparison(ExperimentService experiments, IndicatorService indicators, Clock clock) {
    this.experiments = experiments;
    this.indicators = indicators;
    this.clock = clock;
  }

  public Comparison compare(UUID experimentId, SmallNumbers rule) {
    ExperimentTerritory experiment = experiments.territoryOf(experimentId);
    LocalDate today = LocalDate.now(clock.withZone(Period.FRANCE));
    LocalDate last = experiment.endsOn().isBefore(today) ? experiment.endsOn() : today;
    Period period =
        new Period(
            experiment.startsOn(),
            last.isBefore(experiment.startsOn()) ? experiment.startsOn() : last);
    Area area = area(experiment);
    List<MeasureDefinition> measures = new ArrayList<>();
    FAMILIES.forEach(
        family ->
            family
                .measures()
                .forEach(
                    m ->
                        measures.add(
                            new MeasureDefinition(
                                prefixed(family, m.name()), m.kind(), m.description()))));
    return new Comparison(
        experimentId,
        period.from(),
        period.to(),
        measures,
        List.of(
            side("experiment", period, area, rule),
            side("restOfCountry", period, area.complement(), rule),
            side("yearBefore", period.yearBefore(), area, rule)));
  }

  private Side side(String name, Period period, Area area, SmallNumbers rule) {
    List<Value> values = new ArrayList<>();
    String label = area.label();
    for (Family family : FAMILIES) {
      IndicatorTable table =
          indicators.table(family, new IndicatorRequest(period, area, List.of(), rule));
      label = table.territory();
      table
          .rows()
          .get(0)
          .values()
          .forEach(
              v ->
                  values.add(
                      new Value(prefixed(family, v.name()), v.value(), v.shown(), v.status())));
    }
    return new Side(name, label, period.from(), period.to(), values);
  }

  private static Area area(ExperimentTerritory experiment) {
    List<Territory> territories = new ArrayList<>();
    if (!experiment.departmentCodes().isEmpty()) {
      territories.add(
          new Territory(
              Territory.Level.DEPARTMENT, experiment.departmentCodes().stream().sorted().toList()));
    }
    if (!experiment.siteIds().isEmpty()) {
      territories.add(
          Territory.sites(experiment.siteIds().stream().map(UUID::toString).sorted().toList()));
    }
    if (!experiment.agencySafirs().isEmpty()) {
      territories.add(
          new Territory(
              Territory.Level.AGENCY, experiment.agencySafirs().stream().sorted().toList()));
    }
    return new Area(territories, false);
  }

  private static String prefixed(Family family, String measure) {
    return family.name().toLowerCase(java.util.Locale.ROOT) + "." + measure;
  }
}
