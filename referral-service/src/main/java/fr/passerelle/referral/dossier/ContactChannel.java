package fr.passerelle.referral.dossier;

/** How the young person prefers to be reached. */
public enum ContactChannel {
  PHONE,
  SMS,
  EMAIL;

  public boolean needsPhone() {
    return this != EMAIL;
  }
}
