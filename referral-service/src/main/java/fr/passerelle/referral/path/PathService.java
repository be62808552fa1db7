package fr.passerelle.referral.path;

import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.access.Side;
import fr.passerelle.referral.booking.SeatBooking;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.dossier.ReferralApi.ReferralView;
import fr.passerelle.referral.dossier.Status;
import fr.passerelle.referral.path.PathApi.Admission;
import fr.passerelle.referral.path.PathApi.AttendanceRecord;
import fr.passerelle.referral.path.PathApi.Decline;
import fr.passerelle.referral.path.PathApi.Exit;
import fr.passerelle.referral.path.PathApi.Invitation;
import fr.passerelle.referral.path.PathApi.PathStart;
import fr.passerelle.referral.path.PathApi.Transfer;
import fr.passerelle.referral.path.PathApi.TransitionView;
import fr.passerelle.referral.path.PathApi.Withdrawal;
import fr.passerelle.referral.privacy.PersonalDataReads;
import fr.passerelle.referral.site.KnownSites;
import fr.passerelle.referral.timeline.Timeline;
import fr.passerelle.referral.timeline.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Moves referrals along their path for the caller: checks scope and side, applies the entity's
 * transition, books or gives back the session seat through the directory, and journals the move.
 * Each move locks the referral's row, so two moves of one referral never interleave.
 */
@ApplicationScoped
public class PathService {

  private final ReferralScope scope;
  private final Caller caller;
  private final PathJournal journal;
  private final SeatBooking seats;
  private final KnownSites sites;
  private final Timeline timeline;
  private final PersonalDataReads personalDataReads;
  private final Clock clock;

  PathService(
      ReferralScope scope,
      Caller caller,
      PathJournal journal,
      SeatBooking seats,
      KnownSites sites,
      Timeline timeline,
      PersonalDataReads personalDataReads,
      Clock clock) {
    this.scope = scope;
    this.caller = caller;
    this.journal = journal;
    this.seats = seats;
    this.sites = sites;
    this.timeline = timeline;
    this.personalDataReads = personalDataReads;
    this.clock = clock;
  }

  @Transactional
  public Versioned<ReferralView> open(MoveTarget target, String comment) {
    return move(target, Action.OPEN, null, comment, (r, now) -> r.open(now));
  }

  @Transactional
  public Versioned<ReferralView> invite(MoveTarget target, Invitation invitation) {
    return move(
        target,
        Action.INVITE,
        null,
        invitation.comment(),
        (r, now) -> {
          UUID session = invitation.sessionId() != null ? invitation.sessionId() : r.sessionId;
          if (session == null) {
            throw new RuleViolationException(
                "session-required", "name the information session to invite to");
          }
          // Booked again even when held: the directory refuses a cancelled, started or past
          // session.
          r.invite(session, seats.book(session, r.id, r.siteId), now);
        });
  }

  @Transactional
  public Versioned<ReferralView> recordAttendance(MoveTarget target, AttendanceRecord record) {
    return move(
        target,
        Action.RECORD_ATTENDANCE,
        record.attendance().name(),
        record.comment(),
        (r, now) -> r.recordAttendance(record.attendance(), now));
  }

  @Transactional
  public Versioned<ReferralView> admit(MoveTarget target, Admission admission) {
    if (admission.pathStartsOn().isBefore(admission.commitmentSignedOn())) {
      throw new RuleViolationException(
          "start-before-commitment", "the path cannot start before the commitment is signed");
    }
    return move(
        target,
        Action.ADMIT,
        null,
        admission.comment(),
        (r, now) -> r.admit(admission.commitmentSignedOn(), admission.pathStartsOn(), now));
  }

  @Transactional
  public Versioned<ReferralView> decline(MoveTarget target, Decline decline) {
    Referral referral =
        act(
            target,
            Action.DECLINE,
            decline.reason().name(),
            null,
            (r, now) -> r.decline(decline.reason(), now));
    timeline.post(
        referral, TimelineEntry.Kind.MESSAGE, decline.messageToAdvisor(), caller.actor(), Side.E2C);
    personalDataReads.read(referral.id, "answer to decline");
    return ReferralView.versioned(referral, scope.sideOn(referral));
  }

  @Transactional
  public Versioned<ReferralView> startPath(MoveTarget target, PathStart start) {
    return move(
        target,
        Action.START_PATH,
        null,
        start.comment(),
        (r, now) -> r.startPath(start.startedOn(), now));
  }

  @Transactional
  public Versioned<ReferralView> exit(MoveTarget target, Exit exit) {
    return move(
        target,
        Action.EXIT,
        exit.outcome().name(),
        exit.comment(),
        (r, now) -> r.exit(exit.outcome(), exit.exitedOn(), now));
  }

  @Transactional
  public Versioned<ReferralView> withdraw(MoveTarget target, Withdrawal withdrawal) {
    if (withdrawal.reason() == fr.passerelle.referral.dossier.WithdrawalReason.ERASURE_REQUESTED) {
      throw new RuleViolationException(
          "reason-reserved", "ERASURE_REQUESTED is set by the erasure operation only");
    }
    return move(
        target,
        Action.WITHDRAW,
        withdrawal.reason().name(),
        withdrawal.comment(),
        (r, now) -> r.withdraw(withdrawal.reason(), now));
  }

  @Transactional
  public Versioned<ReferralView> transfer(MoveTarget target, Transfer transfer) {
    return move(
        target,
        Action.TRANSFER,
        null,
        transfer.comment(),
        (r, now) -> {
          if (transfer.siteId().equals(r.siteId)) {
            throw new RuleViolationException(
                "same-site", "the referral is already with site " + r.siteId);
          }
          sites.requireActive(transfer.siteId());
          r.transferTo(transfer.siteId(), now);
        });
  }

  @Transactional
  public Page<TransitionView> transitions(UUID id, PageRequest page) {
    scope.visible(id);
    personalDataReads.read(id, "read transition log");
    return KeysetPage.of(Transition.class, "t")
        .whereEquals("t.referralId", id)
        .orderBy(SortKey.number("t.id", t -> t.id))
        .fetch(page)
        .map(TransitionView::of);
  }

  /** A move as the service makes it (jobs): no caller, no scope, same journal. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void actAsSystem(Referral referral, Action action, String reasonCode, Move move) {
    apply(referral, action, "SYSTEM", Side.SYSTEM, reasonCode, null, move);
  }

  /**
   * The directory cancelled the session of the referral's seat, and gave the seat back itself: an
   * invitation is withdrawn (journaled), the referral waits to be invited again.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sessionCancelled(Referral referral) {
    Status from = referral.status;
    referral.sessionCancelled(clock.instant());
    if (from != referral.status) {
      journal.moved(
          referral,
          new PathJournal.Move(
              Action.UNINVITE,
              from,
              referral.siteId,
              "SYSTEM",
              Side.SYSTEM,
              "SESSION_CANCELLED",
              null));
    }
  }

  /** The change an action makes to the referral, given the time. */
  @FunctionalInterface
  public interface Move {
    void apply(Referral referral, Instant now);
  }

  /** A caller's move, answered with the referral's view at its new version. */
  private Versioned<ReferralView> move(
      MoveTarget target, Action action, String reasonCode, String comment, Move move) {
    Referral referral = act(target, action, reasonCode, comment, move);
    personalDataReads.read(referral.id, "answer to " + action.name().toLowerCase(Locale.ROOT));
    return ReferralView.versioned(referral, scope.sideOn(referral));
  }

  private Referral act(
      MoveTarget target, Action action, String reasonCode, String comment, Move move) {
    Referral referral = scope.visibleForUpdate(target.id());
    EntityTags.checkIfGiven(target.ifMatch(), referral.version, "referral", target.id());
    Side side = scope.requireMayTake(referral, action);
    return apply(referral, action, caller.actor(), side, reasonCode, comment, move);
  }

  private Referral apply(
      Referral referral,
      Action action,
      String actor,
      Side side,
      String reasonCode,
      String comment,
      Move move) {
    referral.require(action, side);
    Status from = referral.status;
    UUID fromSite = referral.siteId;
    UUID heldSeat = referral.holdsSeat() ? referral.sessionId : null;
    move.apply(referral, clock.instant());
    giveBackSeat(referral, heldSeat);
    journal.moved(
        referral, new PathJournal.Move(action, from, fromSite, actor, side, reasonCode, comment));
    return referral;
  }

  /**
   * A seat held for a session still to come goes back when the referral leaves it: invited
   * elsewhere, revoked, transferred, or closed. Attendance (seen, excused or not) uses the seat:
   * the reservation stays as the directory's record that the session took place for the referral.
   */
  private void giveBackSeat(Referral referral, UUID heldSeat) {
    if (heldSeat != null && (!heldSeat.equals(referral.sessionId) || referral.status.isClosed())) {
      seats.release(heldSeat, referral.id);
    }
  }
}
