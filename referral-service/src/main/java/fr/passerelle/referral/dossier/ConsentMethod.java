package fr.passerelle.referral.dossier;

/** How the young person agreed to be referred ("le conseiller pourra proposer à un jeune"). */
public enum ConsentMethod {
  /** Said so in the diagnostic interview, face to face. */
  IN_INTERVIEW,
  /** Said so on the phone or in a video call with the advisor. */
  REMOTE_CONVERSATION,
  /** Signed or wrote it (paper, email, the young person's online space). */
  IN_WRITING
}
