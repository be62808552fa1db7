package fr.passerelle.referral.dossier;

import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.referral.access.Side;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A young person's referral to an E2C site and its path to an exit. It owns its state machine:
 * every move checks that the action applies to the current status ({@link Action}), and a closed
 * referral moves no more.
 */
@Entity
public class Referral extends PanacheEntityBase {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  /** The statuses in which a referral's session is still to come. */
  public static final Set<Status> HOLDING_SEAT =
      EnumSet.of(Status.SUBMITTED, Status.UNDER_REVIEW, Status.INVITED);

  @Id public UUID id;
  @Version public long version;

  @Enumerated(EnumType.STRING)
  public Status status;

  public UUID personId;
  public String submittedBy;
  public String submittedVia;
  public String clientId;
  public String externalRef;

  /**
   * Where {@link #externalRef} is unique: the system's client, or the portal's client and agency.
   */
  public String externalRefNamespace;

  public String agencySafir;
  public UUID siteId;
  public UUID sessionId;

  /** When the session of {@link #sessionId} starts, as the directory last said. */
  public Instant sessionStartsAt;

  /** The session the referral was invited to was cancelled: the E2C is to invite again. */
  public Instant sessionCancelledAt;

  public String firstName;
  public String lastName;
  public LocalDate birthDate;
  public String phone;
  public String email;

  @Enumerated(EnumType.STRING)
  public ContactChannel preferredChannel;

  public String communeCode;
  public String departmentCode;
  public String franceTravailId;
  public int ageAtSubmission;

  @Enumerated(EnumType.STRING)
  public Qualification highestQualification;

  @Enumerated(EnumType.STRING)
  public Activity activity;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> overriddenRules;

  public String overrideJustification;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> barriers;

  public LocalDate consentGivenOn;

  @Enumerated(EnumType.STRING)
  public ConsentMethod consentMethod;

  public String diagnosticSummary;
  public String projectIdea;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> romeCodes;

  public LocalDate commitmentSignedOn;
  public LocalDate pathStartsOn;

  @Enumerated(EnumType.STRING)
  public DeclineReason declineReason;

  @Enumerated(EnumType.STRING)
  public WithdrawalReason withdrawalReason;

  @Enumerated(EnumType.STRING)
  public ExitOutcome exitOutcome;

  public LocalDate exitedOn;

  public Instant submittedAt;
  public Instant lastActionAt;
  public Instant remindedAt;
  public Instant closedAt;
  public Instant anonymisedAt;

  public static Referral submitted(UUID id, Instant now) {
    Referral referral = new Referral();
    referral.id = id;
    referral.status = Status.SUBMITTED;
    referral.submittedAt = now;
    referral.lastActionAt = now;
    return referral;
  }

  public void open(Instant now) {
    move(Action.OPEN, Status.UNDER_REVIEW, now);
  }

  public void invite(UUID session, Instant startsAt, Instant now) {
    move(Action.INVITE, Status.INVITED, now);
    sessionId = session;
    sessionStartsAt = startsAt;
    sessionCancelledAt = null;
  }

  /**
   * @throws RuleViolationException (422) before the session has started
   */
  public void recordAttendance(Attendance attendance, Instant now) {
    require(Action.RECORD_ATTENDANCE);
    if (sessionStartsAt != null && now.isBefore(sessionStartsAt)) {
      throw new RuleViolationException(
          "session-not-started",
          "attendance is recorded once the session has started",
          Map.of("sessionStartsAt", sessionStartsAt));
    }
    move(Action.RECORD_ATTENDANCE, attendance.leadsTo(), now);
    if (attendance == Attendance.REVOKED) {
      sessionId = null;
      sessionStartsAt = null;
    }
  }

  public void admit(LocalDate signedOn, LocalDate startsOn, Instant now) {
    move(Action.ADMIT, Status.ADMITTED, now);
    commitmentSignedOn = signedOn;
    pathStartsOn = startsOn;
  }

  public void decline(DeclineReason reason, Instant now) {
    move(Action.DECLINE, Status.DECLINED, now);
    declineReason = reason;
  }

  /**
   * @throws RuleViolationException (422) for a start before the commitment or in the future
   */
  public void startPath(LocalDate startedOn, Instant now) {
    require(Action.START_PATH);
    if (commitmentSignedOn != null && startedOn.isBefore(commitmentSignedOn)) {
      throw new RuleViolationException(
          "start-before-commitment",
          "the path cannot start before the commitment is signed",
          Map.of("commitmentSignedOn", commitmentSignedOn));
    }
    requireNotAfterToday("startedOn", startedOn, now);
    move(Action.START_PATH, Status.IN_PATH, now);
    pathStartsOn = startedOn;
  }

  /**
   * @throws RuleViolationException (422) for an exit before the path started or in the future
   */
  public void exit(ExitOutcome outcome, LocalDate on, Instant now) {
    require(Action.EXIT);
    requireWithinPath("exitedOn", on);
    requireNotAfterToday("exitedOn", on, now);
    move(Action.EXIT, Status.EXITED, now);
    exitOutcome = outcome;
    exitedOn = on;
  }

  public void withdraw(WithdrawalReason reason, Instant now) {
    move(Action.WITHDRAW, Status.WITHDRAWN, now);
    withdrawalReason = reason;
  }

  public void expire(Instant now) {
    move(Action.EXPIRE, Status.EXPIRED, now);
  }

  /** Closed by the service after months without action: as expired, then retention runs. */
  public void closeInactive(Instant now) {
    move(Action.CLOSE_INACTIVE, Status.EXPIRED, now);
  }

  /**
   * The directory cancelled the session of the referral's seat: the seat is gone, an invitation
   * goes back to review, and the referral shows it is to be invited again.
   */
  public void sessionCancelled(Instant now) {
    if (status == Status.INVITED) {
      uninvite(now);
    } else {
      loseCancelledSession(now);
    }
  }

  /** The invitation's session was cancelled: back to review. */
  public void uninvite(Instant now) {
    move(Action.UNINVITE, Status.UNDER_REVIEW, now);
    loseCancelledSession(now);
  }

  private void loseCancelledSession(Instant now) {
    sessionId = null;
    sessionStartsAt = null;
    sessionCancelledAt = now;
  }

  /** Before admission the new site reviews it afresh; a path in progress goes on there. */
  public void transferTo(UUID site, Instant now) {
    move(Action.TRANSFER, status.isBeforeAdmission() ? Status.SUBMITTED : status, now);
    siteId = site;
    sessionId = null;
    sessionStartsAt = null;
  }

  /** Checks that a non-moving action (a milestone) applies now. */
  public void require(Action action) {
    if (!action.isAllowedFrom(status)) {
      throw new InvalidTransitionException(action, status);
    }
  }

  /** The same, for a caller's side: the 409 names what that side may do. */
  public void require(Action action, Side side) {
    if (!action.isAllowedFrom(status)) {
      throw new InvalidTransitionException(action, status, side);
    }
  }

  /**
   * A date of the path in progress: not before its first day.
   *
   * @throws RuleViolationException (422) otherwise
   */
  public void requireWithinPath(String field, LocalDate day) {
    if (pathStartsOn != null && day.isBefore(pathStartsOn)) {
      throw new RuleViolationException(
          "date-before-path",
          field + " is before the path started",
          Map.of("pathStartsOn", pathStartsOn));
    }
  }

  private static void requireNotAfterToday(String field, LocalDate day, Instant now) {
    if (day.isAfter(LocalDate.ofInstant(now, FRANCE))) {
      throw new RuleViolationException("date-in-future", field + " is in the future");
    }
  }

  /** Something was done on the path (a milestone): the reminder clock starts again. */
  public void touched(Instant now) {
    lastActionAt = now;
    remindedAt = null;
  }

  /** A seat booked in a session still to come, to give back if the referral leaves it. */
  public boolean holdsSeat() {
    return sessionId != null && HOLDING_SEAT.contains(status);
  }

  /** Whether the E2C network counts the exit as positive; null before an exit. */
  public Boolean positiveExit() {
    return exitOutcome == null ? null : exitOutcome.isPositive();
  }

  public boolean isAnonymised() {
    return anonymisedAt != null;
  }

  private void move(Action action, Status to, Instant now) {
    require(action);
    status = to;
    lastActionAt = now;
    remindedAt = null;
    if (to.isClosed()) {
      closedAt = now;
    }
  }

  /**
   * Whatever the caller's scope: for the service's own work and the admins' erasure.
   *
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static Referral require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "referral", id);
  }
}
