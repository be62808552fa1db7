package fr.passerelle.referral.changes;

/** What happened to a referral, in the change feed. */
public enum ChangeKind {
  SUBMITTED,
  STATUS_CHANGED,
  TRANSFERRED,
  MILESTONE_RECORDED,
  MESSAGE_POSTED,
  ANONYMISED
}
