package fr.passerelle.referral.dossier;

/** Why a referral is withdrawn before the path starts. */
public enum WithdrawalReason {
  BY_YOUNG_PERSON,
  BY_ADVISOR,
  FOUND_JOB,
  FOUND_TRAINING,
  MOVED_AWAY,
  /** Set by the service when the person's data is erased on request. */
  ERASURE_REQUESTED,
  OTHER
}
