package fr.passerelle.referral.dossier;

/** What the young person does at the time of the diagnostic. */
public enum Activity {
  NONE,
  EMPLOYED,
  IN_TRAINING
}
