package fr.passerelle.reporting.scorecard;

import fr.passerelle.reporting.indicator.Family;
import java.util.List;
import java.util.Optional;

/**
 * The agreement's scorecard: for each of its five axes, the indicators steering follows. An
 * indicator is a measure of an indicator table ({@code funnel.submitted}) or a count of the
 * experiments and commitments ({@code experiments.running}).
 */
public enum ScorecardLine {
  ACTIVE_SITES(1, "coverage.activeSites"),
  PAIRED_SITES_SHARE(1, "coverage.pairedSitesShare"),
  SESSIONS_HELD(1, "sessions.held"),
  SESSIONS_IN_AGENCY(1, "sessions.heldInAgency"),
  FILL_RATE(1, "sessions.fillRate"),
  SUBMITTED(2, "funnel.submitted"),
  ANSWERED_WITHIN_10_DAYS(2, "rates.answeredWithin10DaysRate"),
  ADMISSION_RATE(2, "rates.admissionRate"),
  POSITIVE_EXIT_RATE(2, "funnel.positiveExitRate"),
  COMPANY_IMMERSIONS(2, "company.companyImmersions"),
  CONTACTS(3, "prospection.contacts"),
  JOINT_CONTACTS(3, "prospection.jointContacts"),
  EMPLOYERS_REACHED_BY_BOTH(3, "prospection.employersReachedByBoth"),
  OPENINGS_FILLED(3, "prospection.openingsFilled"),
  EXPERIMENTS_RUNNING(4, "experiments.running"),
  EXPERIMENTS_EXTENDED(4, "experiments.extended"),
  COMMITMENTS_DONE(5, "actionPlan.done"),
  COMMITMENTS_LATE(5, "actionPlan.late");

  /** The axes of the agreement, as it names them. */
  public static final List<String> AXES =
      List.of(
          "Shared knowledge of both networks and information sharing",
          "Cooperation at the key steps of the young person's path",
          "Coordinated employer prospection",
          "Innovative actions and experiments on the territories",
          "Monitoring of the actions and steering of the agreement");

  private final int axis;
  private final String indicator;

  ScorecardLine(int axis, String indicator) {
    this.axis = axis;
    this.indicator = indicator;
  }

  public int axis() {
    return axis;
  }

  public String indicator() {
    return indicator;
  }

  /** The indicator table that holds this line's measure, if it is one. */
  Optional<Family> family() {
    String family = indicator.substring(0, indicator.indexOf('.')).toUpperCase();
    try {
      return Optional.of(Family.valueOf(family));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  String measure() {
    return indicator.substring(indicator.indexOf('.') + 1);
  }

  static Optional<ScorecardLine> of(String indicator) {
    for (ScorecardLine line : values()) {
      if (line.indicator.equals(indicator)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
