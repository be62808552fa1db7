package fr.passerelle.referral.dossier;

/**
 * How a path ends, and whether the E2C network counts it as a positive exit ("sortie positive":
 * employment of any kind, a work-study contract or a qualifying training).
 */
public enum ExitOutcome {
  CDI(true),
  CDD_6_MONTHS_OR_MORE(true),
  CDD_UNDER_6_MONTHS_OR_INTERIM(true),
  WORK_STUDY_CONTRACT(true),
  QUALIFYING_TRAINING(true),
  SUBSIDISED_CONTRACT(true),
  /**
   * A civic service (service civique): the agreement's "insertion citoyenne", counted apart, not as
   * employment or training.
   */
  CIVIC_SERVICE(false),
  OTHER(false),
  DROPPED_OUT(false);

  private final boolean positive;

  ExitOutcome(boolean positive) {
    this.positive = positive;
  }

  public boolean isPositive() {
    return positive;
  }
}
