package fr.passerelle.reporting.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** An experiment's territory as written: each list without repeats, in the order given. */
record Territory(List<String> departmentCodes, List<UUID> siteIds, List<String> agencySafirs) {

  static final Territory NONE = new Territory(List.of(), List.of(), List.of());

  Territory {
    departmentCodes = distinct(departmentCodes);
    siteIds = distinct(siteIds);
    agencySafirs = distinct(agencySafirs);
  }

  static Territory of(Experiment experiment) {
    return new Territory(experiment.departmentCodes, experiment.siteIds, experiment.agencySafirs);
  }

  boolean isEmpty() {
    return departmentCodes.isEmpty() && siteIds.isEmpty() && agencySafirs.isEmpty();
  }

  /** The same territory without these sites and agencies, compared as sets. */
  Territory without(Collection<UUID> sites, Collection<String> agencies) {
    List<UUID> otherSites = new ArrayList<>(siteIds);
    otherSites.removeAll(sites);
    List<String> otherAgencies = new ArrayList<>(agencySafirs);
    otherAgencies.removeAll(agencies);
    return new Territory(
        departmentCodes.stream().sorted().toList(),
        otherSites.stream().sorted().toList(),
        otherAgencies.stream().sorted().toList());
  }

  void applyTo(Experiment experiment) {
    experiment.departmentCodes = new ArrayList<>(departmentCodes);
    experiment.siteIds = new ArrayList<>(siteIds);
    experiment.agencySafirs = new ArrayList<>(agencySafirs);
  }

  private static <T> List<T> distinct(List<T> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }
}
