package fr.passerelle.referral.dossier;

import java.util.List;

/**
 * The coded list of barriers (freins périphériques) the diagnostic may name. {@code HEALTH} is a
 * flag only: no medical detail is ever recorded, and, as a special category of personal data (GDPR
 * art. 9), it does not leave this service: {@link #publishable}.
 */
public enum Barrier {
  MOBILITY,
  HOUSING,
  HEALTH,
  CHILDCARE,
  MONEY,
  LANGUAGE,
  DIGITAL,
  ADMINISTRATIVE,
  JUSTICE;

  /** The barriers that may go in an event: all but HEALTH. */
  public static List<String> publishable(List<String> barriers) {
    return barriers.stream().filter(b -> !HEALTH.name().equals(b)).toList();
  }
}
