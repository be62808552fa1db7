package fr.passerelle.referral.dossier;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands on the young person's path. */
public enum Status {
  SUBMITTED,
  UNDER_REVIEW,
  INVITED,
  ATTENDED,
  EXCUSED,
  NO_SHOW,
  ADMITTED,
  IN_PATH,
  DECLINED,
  WITHDRAWN,
  EXITED,
  EXPIRED;

  private static final Set<Status> CLOSED = EnumSet.of(DECLINED, WITHDRAWN, EXITED, EXPIRED);

  private static final Set<Status> BEFORE_ADMISSION =
      EnumSet.of(SUBMITTED, UNDER_REVIEW, INVITED, ATTENDED, EXCUSED, NO_SHOW);

  /** The statuses in which the E2C site owes the advisor an answer (reminders run on them). */
  public static final Set<Status> AWAITING_E2C =
      EnumSet.of(SUBMITTED, UNDER_REVIEW, ATTENDED, EXCUSED, NO_SHOW);

  /** The statuses of a referral still open. */
  public static final Set<Status> OPEN = EnumSet.complementOf(EnumSet.copyOf(CLOSED));

  /** No action moves a closed referral any more; its personal data's retention period runs. */
  public boolean isClosed() {
    return CLOSED.contains(this);
  }

  /** Before admission, a transfer sends the referral back to the new site's review. */
  public boolean isBeforeAdmission() {
    return BEFORE_ADMISSION.contains(this);
  }
}
