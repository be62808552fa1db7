package fr.passerelle.referral.dossier;

/**
 * The coded list of barriers (freins périphériques) the diagnostic may name. {@code HEALTH} is a
 * flag only: no medical detail is ever recorded.
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
  JUSTICE
}
