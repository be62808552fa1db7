package fr.passerelle.reporting.experiment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an experiment stands, as steering reviews it: proposed by the territory, then running,
 * evaluated, and at last extended or stopped; a proposal may be stopped before it runs. EXTENDED
 * and STOPPED are final.
 */
public enum ExperimentStatus {
  PROPOSED,
  RUNNING,
  EVALUATED,
  EXTENDED,
  STOPPED;

  /** The statuses a review may move an experiment to from this one. */
  public Set<ExperimentStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(RUNNING, STOPPED);
      case RUNNING -> EnumSet.of(EVALUATED);
      case EVALUATED -> EnumSet.of(EXTENDED, STOPPED);
      case EXTENDED, STOPPED -> EnumSet.noneOf(ExperimentStatus.class);
    };
  }

  public boolean mayMoveTo(ExperimentStatus target) {
    return next().contains(target);
  }
}
