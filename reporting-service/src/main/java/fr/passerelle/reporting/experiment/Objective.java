package fr.passerelle.reporting.experiment;

/** The agreement's three aims for the young person, which an experiment's objectives serve. */
public enum Objective {
  /** Secure the young person's path ("sécuriser le parcours"). */
  SECURE_PATH,
  /** Give the young person confidence ("redonner confiance"). */
  GIVE_CONFIDENCE,
  /** Lead the young person to a job ("conduire à l'emploi"). */
  LEAD_TO_JOB
}
