package fr.passerelle.referral.dossier;

import static fr.passerelle.referral.dossier.Status.ADMITTED;
import static fr.passerelle.referral.dossier.Status.ATTENDED;
import static fr.passerelle.referral.dossier.Status.EXCUSED;
import static fr.passerelle.referral.dossier.Status.INVITED;
import static fr.passerelle.referral.dossier.Status.IN_PATH;
import static fr.passerelle.referral.dossier.Status.NO_SHOW;
import static fr.passerelle.referral.dossier.Status.SUBMITTED;
import static fr.passerelle.referral.dossier.Status.UNDER_REVIEW;

import fr.passerelle.referral.access.Side;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What can happen to a referral, from which statuses, and which side may do it. */
public enum Action {
  SUBMIT(EnumSet.noneOf(Status.class), EnumSet.of(Side.PE)),
  OPEN(EnumSet.of(SUBMITTED), EnumSet.of(Side.E2C)),
  INVITE(EnumSet.of(UNDER_REVIEW, EXCUSED, NO_SHOW), EnumSet.of(Side.E2C)),
  RECORD_ATTENDANCE(EnumSet.of(INVITED), EnumSet.of(Side.E2C)),
  ADMIT(EnumSet.of(ATTENDED), EnumSet.of(Side.E2C)),
  DECLINE(EnumSet.of(UNDER_REVIEW, ATTENDED, EXCUSED, NO_SHOW), EnumSet.of(Side.E2C)),
  START_PATH(EnumSet.of(ADMITTED), EnumSet.of(Side.E2C)),
  RECORD_MILESTONE(EnumSet.of(IN_PATH), EnumSet.of(Side.E2C)),
  EXIT(EnumSet.of(IN_PATH), EnumSet.of(Side.E2C)),
  WITHDRAW(
      EnumSet.of(SUBMITTED, UNDER_REVIEW, INVITED, ATTENDED, EXCUSED, NO_SHOW, ADMITTED),
      EnumSet.of(Side.PE, Side.E2C, Side.SYSTEM)),
  /** Before admission either side moves the young person; a path in progress, the E2C only. */
  TRANSFER(
      EnumSet.of(SUBMITTED, UNDER_REVIEW, EXCUSED, NO_SHOW, IN_PATH),
      EnumSet.of(Side.PE, Side.E2C),
      EnumSet.of(IN_PATH)),
  EXPIRE(EnumSet.of(SUBMITTED), EnumSet.of(Side.SYSTEM)),
  /** Nobody acted on the open referral for months: the service closes it (then retention runs). */
  CLOSE_INACTIVE(Status.OPEN, EnumSet.of(Side.SYSTEM)),
  /** The directory cancelled the session: back to review, to invite again. */
  UNINVITE(EnumSet.of(INVITED), EnumSet.of(Side.SYSTEM));

  private final Set<Status> from;
  private final Set<Side> sides;
  private final Set<Status> e2cOnlyFrom;

  Action(Set<Status> from, Set<Side> sides) {
    this(from, sides, EnumSet.noneOf(Status.class));
  }

  Action(Set<Status> from, Set<Side> sides, Set<Status> e2cOnlyFrom) {
    this.from = from;
    this.sides = sides;
    this.e2cOnlyFrom = e2cOnlyFrom;
  }

  public boolean isAllowedFrom(Status status) {
    return from.contains(status);
  }

  public boolean mayBeTakenBy(Side side) {
    return sides.contains(side);
  }

  /** Whether the side may take the action on a referral in this status. */
  public boolean mayBeTakenBy(Side side, Status status) {
    return sides.contains(side) && (side == Side.E2C || !e2cOnlyFrom.contains(status));
  }

  /** The actions this side may ask for on a referral in this status: what a caller is offered. */
  public static List<Action> allowedFrom(Status status, Side side) {
    return Arrays.stream(values())
        .filter(a -> a.isAllowedFrom(status))
        .filter(a -> a.mayBeTakenBy(side, status))
        .toList();
  }

  /** The actions a caller (not the service's jobs) may ask for on a referral in this status. */
  public static List<Action> allowedFrom(Status status) {
    return Arrays.stream(values())
        .filter(a -> a.isAllowedFrom(status))
        .filter(a -> a.mayBeTakenBy(Side.PE) || a.mayBeTakenBy(Side.E2C))
        .toList();
  }
}
