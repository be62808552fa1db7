package fr.passerelle.referral.referral;

/** What the young person does at the time of the diagnostic. */
public enum Activity {
  NONE,
  EMPLOYED,
  IN_TRAINING
}
