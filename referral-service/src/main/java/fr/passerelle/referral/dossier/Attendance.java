package fr.passerelle.referral.dossier;

/** Attendance at an information session, as RDV-Insertion records it. */
public enum Attendance {
  /** Came to the session. */
  SEEN(Status.ATTENDED),
  /** Did not come, with an excuse: may be invited again. */
  EXCUSED(Status.EXCUSED),
  /** Did not come, no excuse. */
  NOSHOW(Status.NO_SHOW),
  /** The invitation is withdrawn (session cancelled or moved): back to review, seat released. */
  REVOKED(Status.UNDER_REVIEW);

  private final Status leadsTo;

  Attendance(Status leadsTo) {
    this.leadsTo = leadsTo;
  }

  public Status leadsTo() {
    return leadsTo;
  }
}
