package fr.passerelle.reporting.experiment;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Where and when an experiment happens, as its indicators are computed: its departments, E2C sites
 * and Pôle emploi agencies (SAFIR codes), from its first day to its last, both included. What
 * {@link ExperimentService#territoryOf} answers once the caller's scope is checked.
 */
public record ExperimentTerritory(
    UUID experimentId,
    Set<String> departmentCodes,
    Set<UUID> siteIds,
    Set<String> agencySafirs,
    LocalDate startsOn,
    LocalDate endsOn) {

  public ExperimentTerritory {
    departmentCodes = Set.copyOf(departmentCodes);
    siteIds = Set.copyOf(siteIds);
    agencySafirs = Set.copyOf(agencySafirs);
  }

  static ExperimentTerritory of(Experiment experiment) {
    return new ExperimentTerritory(
        experiment.id,
        Set.copyOf(experiment.departmentCodes),
        Set.copyOf(experiment.siteIds),
        Set.copyOf(experiment.agencySafirs),
        experiment.startsOn,
        experiment.endsOn);
  }
}
