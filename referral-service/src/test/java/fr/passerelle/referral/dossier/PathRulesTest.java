package fr.passerelle.referral.dossier;

import static fr.passerelle.referral.dossier.Action.ADMIT;
import static fr.passerelle.referral.dossier.Action.CLOSE_INACTIVE;
import static fr.passerelle.referral.dossier.Action.DECLINE;
import static fr.passerelle.referral.dossier.Action.EXIT;
import static fr.passerelle.referral.dossier.Action.EXPIRE;
import static fr.passerelle.referral.dossier.Action.INVITE;
import static fr.passerelle.referral.dossier.Action.OPEN;
import static fr.passerelle.referral.dossier.Action.RECORD_ATTENDANCE;
import static fr.passerelle.referral.dossier.Action.RECORD_MILESTONE;
import static fr.passerelle.referral.dossier.Action.START_PATH;
import static fr.passerelle.referral.dossier.Action.SUBMIT;
import static fr.passerelle.referral.dossier.Action.TRANSFER;
import static fr.passerelle.referral.dossier.Action.UNINVITE;
import static fr.passerelle.referral.dossier.Action.WITHDRAW;
import static fr.passerelle.referral.dossier.Status.ADMITTED;
import static fr.passerelle.referral.dossier.Status.ATTENDED;
import static fr.passerelle.referral.dossier.Status.DECLINED;
import static fr.passerelle.referral.dossier.Status.EXCUSED;
import static fr.passerelle.referral.dossier.Status.EXITED;
import static fr.passerelle.referral.dossier.Status.EXPIRED;
import static fr.passerelle.referral.dossier.Status.INVITED;
import static fr.passerelle.referral.dossier.Status.IN_PATH;
import static fr.passerelle.referral.dossier.Status.NO_SHOW;
import static fr.passerelle.referral.dossier.Status.SUBMITTED;
import static fr.passerelle.referral.dossier.Status.UNDER_REVIEW;
import static fr.passerelle.referral.dossier.Status.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.passerelle.referral.access.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The path's state machine as the agreement draws it, checked on {@link Action}, {@link Status} and
 * the {@link Referral} entity without a server: every action from every status, who may take it,
 * and where it leads. The HTTP side of the same rules is in {@code PathTest}.
 */
class PathRulesTest {

  /** One arrow of the path: from a status, an action leads to a status. */
  private record Move(Status from, Action action, Status to) {}

  /** Every move the path allows, and no other (35 of the 168 action × status pairs). */
  private static final List<Move> PATH =
      List.of(
          new Move(SUBMITTED, OPEN, UNDER_REVIEW),
          new Move(SUBMITTED, WITHDRAW, WITHDRAWN),
          new Move(SUBMITTED, TRANSFER, SUBMITTED),
          new Move(SUBMITTED, EXPIRE, EXPIRED),
          new Move(UNDER_REVIEW, INVITE, INVITED),
          new Move(UNDER_REVIEW, DECLINE, DECLINED),
          new Move(UNDER_REVIEW, WITHDRAW, WITHDRAWN),
          new Move(UNDER_REVIEW, TRANSFER, SUBMITTED),
          new Move(INVITED, RECORD_ATTENDANCE, ATTENDED),
          new Move(INVITED, WITHDRAW, WITHDRAWN),
          new Move(ATTENDED, ADMIT, ADMITTED),
          new Move(ATTENDED, DECLINE, DECLINED),
          new Move(ATTENDED, WITHDRAW, WITHDRAWN),
          new Move(EXCUSED, INVITE, INVITED),
          new Move(EXCUSED, DECLINE, DECLINED),
          new Move(EXCUSED, WITHDRAW, WITHDRAWN),
          new Move(EXCUSED, TRANSFER, SUBMITTED),
          new Move(NO_SHOW, INVITE, INVITED),
          new Move(NO_SHOW, DECLINE, DECLINED),
          new Move(NO_SHOW, WITHDRAW, WITHDRAWN),
          new Move(NO_SHOW, TRANSFER, SUBMITTED),
          new Move(ADMITTED, START_PATH, IN_PATH),
          new Move(ADMITTED, WITHDRAW, WITHDRAWN),
          new Move(IN_PATH, RECORD_MILESTONE, IN_PATH),
          new Move(IN_PATH, EXIT, EXITED),
          new Move(IN_PATH, TRANSFER, IN_PATH),
          new Move(INVITED, UNINVITE, UNDER_REVIEW),
          new Move(SUBMITTED, CLOSE_INACTIVE, EXPIRED),
          new Move(UNDER_REVIEW, CLOSE_INACTIVE, EXPIRED),
          new Move(INVITED, CLOSE_INACTIVE, EXPIRED),
          new Move(ATTENDED, CLOSE_INACTIVE, EXPIRED),
          new Move(EXCUSED, CLOSE_INACTIVE, EXPIRED),
          new Move(NO_SHOW, CLOSE_INACTIVE, EXPIRED),
          new Move(ADMITTED, CLOSE_INACTIVE, EXPIRED),
          new Move(IN_PATH, CLOSE_INACTIVE, EXPIRED));

  /** Who takes each action: Pôle emploi, the E2C site, or the service's own jobs. */
  private static final Map<Action, Set<Side>> SIDES =
      Map.ofEntries(
          Map.entry(SUBMIT, EnumSet.of(Side.PE)),
          Map.entry(OPEN, EnumSet.of(Side.E2C)),
          Map.entry(INVITE, EnumSet.of(Side.E2C)),
          Map.entry(RECORD_ATTENDANCE, EnumSet.of(Side.E2C)),
          Map.entry(ADMIT, EnumSet.of(Side.E2C)),
          Map.entry(DECLINE, EnumSet.of(Side.E2C)),
          Map.entry(START_PATH, EnumSet.of(Side.E2C)),
          Map.entry(RECORD_MILESTONE, EnumSet.of(Side.E2C)),
          Map.entry(EXIT, EnumSet.of(Side.E2C)),
          Map.entry(WITHDRAW, EnumSet.of(Side.PE, Side.E2C, Side.SYSTEM)),
          Map.entry(TRANSFER, EnumSet.of(Side.PE, Side.E2C)),
          Map.entry(EXPIRE, EnumSet.of(Side.SYSTEM)),
          Map.entry(UNINVITE, EnumSet.of(Side.SYSTEM)),
          Map.entry(CLOSE_INACTIVE, EnumSet.of(Side.SYSTEM)));

  private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");
  private static final UUID SITE = UUID.fromString("5f0c6f0e-7a7e-4e55-9b9b-1f1a2b3c4d01");
  private static final UUID OTHER_SITE = UUID.fromString("5f0c6f0e-7a7e-4e55-9b9b-1f1a2b3c4d02");
  private static final UUID SESSION = UUID.fromString("5f0c6f0e-7a7e-4e55-9b9b-1f1a2b3c4d03");

  static Stream<Arguments> everyActionFromEveryStatus() {
    return Arrays.stream(Status.values())
        .flatMap(
            from ->
                Arrays.stream(Action.values())
                    .map(action -> Arguments.of(from, action, allowed(from, action))));
  }

  static Stream<Arguments> allowedMoves() {
    return PATH.stream().map(move -> Arguments.of(move.from(), move.action(), move.to()));
  }

  static Stream<Arguments> refusedMoves() {
    return everyActionFromEveryStatus()
        .filter(arguments -> arguments.get()[2].equals("refused"))
        .map(arguments -> Arguments.of(arguments.get()[0], arguments.get()[1]));
  }

  static Stream<Arguments> everyActionForEverySide() {
    return Arrays.stream(Action.values())
        .flatMap(
            action ->
                Arrays.stream(Side.values())
                    .map(
                        side ->
                            Arguments.of(
                                action,
                                SIDES.get(action).contains(side) ? "may" : "may not",
                                side)));
  }

  @ParameterizedTest(name = "{1} on a referral {0} is {2}")
  @MethodSource("everyActionFromEveryStatus")
  void an_action_is_allowed_from_exactly_the_statuses_the_path_draws(
      Status from, Action action, String verdict) {
    assertThat(action.isAllowedFrom(from)).isEqualTo(verdict.equals("allowed"));
  }

  @ParameterizedTest(name = "{1} moves a referral {0} to {2}")
  @MethodSource("allowedMoves")
  void an_allowed_action_moves_the_referral_to_its_next_status_and_restarts_the_reminder_clock(
      Status from, Action action, Status to) {
    Referral referral = referralIn(from);

    take(action, referral);

    assertThat(referral.status).isEqualTo(to);
    assertThat(referral.lastActionAt).isEqualTo(NOW);
    assertThat(referral.remindedAt).isNull();
    assertThat(referral.closedAt).isEqualTo(to.isClosed() ? NOW : null);
  }

  @ParameterizedTest(name = "{1} on a referral {0} is a conflict and leaves it {0}")
  @MethodSource("refusedMoves")
  void a_refused_action_is_a_conflict_naming_the_allowed_ones_and_changes_nothing(
      Status from, Action action) {
    Referral referral = referralIn(from);

    InvalidTransitionException refused =
        catchThrowableOfType(InvalidTransitionException.class, () -> take(action, referral));

    assertThat(refused).as("%s from %s", action, from).isNotNull();
    assertThat(refused.extensions())
        .containsEntry("currentStatus", from.name())
        .containsEntry("allowed", Action.allowedFrom(from).stream().map(Enum::name).toList());
    assertThat(referral.status).isEqualTo(from);
    assertThat(referral.lastActionAt).isEqualTo(CREATED);
    assertThat(referral.remindedAt).isEqualTo(CREATED);
  }

  @ParameterizedTest(name = "a referral {0} offers each side only the moves it may make")
  @EnumSource(Status.class)
  void each_side_is_offered_only_the_moves_it_may_make(Status status) {
    for (Side side : List.of(Side.PE, Side.E2C)) {
      assertThat(Action.allowedFrom(status, side))
          .as("%s for %s", status, side)
          .allMatch(action -> action.isAllowedFrom(status) && action.mayBeTakenBy(side, status))
          .containsAll(
              Action.allowedFrom(status).stream()
                  .filter(action -> action.mayBeTakenBy(side, status))
                  .toList());
    }
  }

  @Test
  void a_path_in_progress_is_transferred_by_the_e2c_only_and_a_fresh_one_by_either_side() {
    assertThat(Action.TRANSFER.mayBeTakenBy(Side.PE, IN_PATH)).isFalse();
    assertThat(Action.TRANSFER.mayBeTakenBy(Side.E2C, IN_PATH)).isTrue();
    assertThat(Action.TRANSFER.mayBeTakenBy(Side.PE, UNDER_REVIEW)).isTrue();
    assertThat(Action.allowedFrom(IN_PATH, Side.PE)).doesNotContain(Action.TRANSFER);
    assertThat(Action.allowedFrom(SUBMITTED, Side.PE)).containsExactly(WITHDRAW, TRANSFER);
    assertThat(Action.allowedFrom(SUBMITTED, Side.E2C)).containsExactly(OPEN, WITHDRAW, TRANSFER);
  }

  @ParameterizedTest(name = "a referral {0} offers its callers the moves the path allows them")
  @EnumSource(Status.class)
  void callers_are_offered_the_allowed_actions_except_those_only_the_service_takes(Status status) {
    List<Action> expected =
        PATH.stream()
            .filter(move -> move.from() == status)
            .map(Move::action)
            .filter(action -> !SIDES.get(action).equals(EnumSet.of(Side.SYSTEM)))
            .sorted()
            .toList();

    assertThat(Action.allowedFrom(status)).isEqualTo(expected);
  }

  @Test
  void a_submitted_referral_offers_to_open_withdraw_or_transfer_it() {
    assertThat(Action.allowedFrom(SUBMITTED)).containsExactly(OPEN, WITHDRAW, TRANSFER);
  }

  @ParameterizedTest(name = "{0} {1} be taken by {2}")
  @MethodSource("everyActionForEverySide")
  void each_action_is_taken_by_its_side_only(Action action, String verdict, Side side) {
    assertThat(action.mayBeTakenBy(side)).isEqualTo(verdict.equals("may"));
  }

  @Test
  void nothing_creates_a_referral_but_a_submission_by_pole_emploi() {
    assertThat(Status.values()).noneMatch(SUBMIT::isAllowedFrom);
    Referral referral = Referral.submitted(UUID.randomUUID(), NOW);
    assertThat(referral.status).isEqualTo(SUBMITTED);
    assertThat(referral.submittedAt).isEqualTo(NOW);
    assertThat(referral.lastActionAt).isEqualTo(NOW);
  }

  @Test
  void declined_withdrawn_exited_and_expired_are_closed_and_no_action_moves_them() {
    Set<Status> closed = EnumSet.of(DECLINED, WITHDRAWN, EXITED, EXPIRED);

    for (Status status : Status.values()) {
      assertThat(status.isClosed()).as("%s closed", status).isEqualTo(closed.contains(status));
    }
    for (Status status : closed) {
      assertThat(Action.values())
          .as("actions from %s", status)
          .noneMatch(a -> a.isAllowedFrom(status));
    }
  }

  @Test
  void every_status_that_is_not_closed_has_a_way_out() {
    for (Status status : Status.values()) {
      if (!status.isClosed()) {
        assertThat(PATH).as("moves from %s", status).anyMatch(move -> move.from() == status);
      }
    }
  }

  @Test
  void the_e2c_site_owes_an_answer_while_submitted_under_review_attended_excused_or_no_show() {
    assertThat(Status.AWAITING_E2C)
        .containsExactlyInAnyOrder(SUBMITTED, UNDER_REVIEW, ATTENDED, EXCUSED, NO_SHOW);
  }

  @Test
  void admission_is_the_line_between_a_fresh_review_and_a_path_in_progress() {
    assertThat(Arrays.stream(Status.values()).filter(Status::isBeforeAdmission))
        .containsExactlyInAnyOrder(SUBMITTED, UNDER_REVIEW, INVITED, ATTENDED, EXCUSED, NO_SHOW);
  }

  @ParameterizedTest(name = "attendance {0} leads to {1}")
  @MethodSource("attendanceOutcomes")
  void recorded_attendance_leads_to_the_status_it_names(Attendance attendance, Status to) {
    Referral referral = referralIn(INVITED);

    referral.recordAttendance(attendance, NOW);

    assertThat(referral.status).isEqualTo(to);
  }

  static Stream<Arguments> attendanceOutcomes() {
    return Stream.of(
        Arguments.of(Attendance.SEEN, ATTENDED),
        Arguments.of(Attendance.EXCUSED, EXCUSED),
        Arguments.of(Attendance.NOSHOW, NO_SHOW),
        Arguments.of(Attendance.REVOKED, UNDER_REVIEW));
  }

  @Test
  void a_revoked_invitation_drops_the_session_while_other_attendance_keeps_it_on_record() {
    for (Attendance attendance : Attendance.values()) {
      Referral referral = referralIn(INVITED);

      referral.recordAttendance(attendance, NOW);

      assertThat(referral.sessionId)
          .as("session after %s", attendance)
          .isEqualTo(attendance == Attendance.REVOKED ? null : SESSION);
    }
  }

  @ParameterizedTest(name = "a referral {0} with a session holds its seat: {1}")
  @MethodSource("seatHolding")
  void a_seat_is_held_only_until_the_session_has_taken_place(Status status, boolean holds) {
    Referral referral = referralIn(status);
    assertThat(referral.holdsSeat()).isEqualTo(holds);

    referral.sessionId = null;
    assertThat(referral.holdsSeat()).as("without a session").isFalse();
  }

  static Stream<Arguments> seatHolding() {
    Set<Status> holding = EnumSet.of(SUBMITTED, UNDER_REVIEW, INVITED);
    return Arrays.stream(Status.values()).map(s -> Arguments.of(s, holding.contains(s)));
  }

  @ParameterizedTest(name = "an exit {0} is positive: {1}")
  @MethodSource("exitOutcomes")
  void an_exit_is_positive_for_employment_work_study_or_qualifying_training(
      ExitOutcome outcome, boolean positive) {
    Referral referral = referralIn(IN_PATH);
    assertThat(referral.positiveExit()).as("before the exit").isNull();

    referral.exit(outcome, LocalDate.of(2026, 11, 28), NOW);

    assertThat(referral.positiveExit()).isEqualTo(positive);
    assertThat(outcome.isPositive()).isEqualTo(positive);
  }

  static Stream<Arguments> exitOutcomes() {
    Set<ExitOutcome> negative =
        EnumSet.of(ExitOutcome.OTHER, ExitOutcome.DROPPED_OUT, ExitOutcome.CIVIC_SERVICE);
    return Arrays.stream(ExitOutcome.values()).map(o -> Arguments.of(o, !negative.contains(o)));
  }

  @Test
  void the_moves_record_what_the_e2c_site_decided() {
    Referral admitted = referralIn(ATTENDED);
    admitted.admit(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1), NOW);
    assertThat(admitted.commitmentSignedOn).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(admitted.pathStartsOn).isEqualTo(LocalDate.of(2026, 12, 1));

    Referral started = referralIn(ADMITTED);
    started.startPath(LocalDate.of(2026, 11, 25), NOW);
    assertThat(started.pathStartsOn).isEqualTo(LocalDate.of(2026, 11, 25));

    Referral declined = referralIn(UNDER_REVIEW);
    declined.decline(DeclineReason.NO_PLACE_AVAILABLE, NOW);
    assertThat(declined.declineReason).isEqualTo(DeclineReason.NO_PLACE_AVAILABLE);

    Referral withdrawn = referralIn(INVITED);
    withdrawn.withdraw(WithdrawalReason.FOUND_JOB, NOW);
    assertThat(withdrawn.withdrawalReason).isEqualTo(WithdrawalReason.FOUND_JOB);

    Referral exited = referralIn(IN_PATH);
    exited.exit(ExitOutcome.CDI, LocalDate.of(2026, 11, 28), NOW);
    assertThat(exited.exitOutcome).isEqualTo(ExitOutcome.CDI);
    assertThat(exited.exitedOn).isEqualTo(LocalDate.of(2026, 11, 28));

    Referral invited = referralIn(UNDER_REVIEW);
    UUID session = UUID.randomUUID();
    invited.invite(session, NOW, NOW);
    assertThat(invited.sessionId).isEqualTo(session);
  }

  private static String allowed(Status from, Action action) {
    return PATH.stream().anyMatch(move -> move.from() == from && move.action() == action)
        ? "allowed"
        : "refused";
  }

  /** A referral at a site, with a session, in this status, last touched and reminded earlier. */
  static Referral referralIn(Status status) {
    Referral referral = Referral.submitted(UUID.randomUUID(), CREATED);
    referral.status = status;
    referral.siteId = SITE;
    referral.sessionId = SESSION;
    referral.remindedAt = CREATED;
    return referral;
  }

  /** Takes the action on the entity as the path service does, with plausible details. */
  private static void take(Action action, Referral referral) {
    switch (action) {
      case SUBMIT -> referral.require(action);
      case RECORD_MILESTONE -> {
        // A milestone moves nothing: the milestone service checks, records, and touches.
        referral.require(action);
        referral.touched(NOW);
      }
      case OPEN -> referral.open(NOW);
      case INVITE -> referral.invite(SESSION, NOW, NOW);
      case RECORD_ATTENDANCE -> referral.recordAttendance(Attendance.SEEN, NOW);
      case ADMIT -> referral.admit(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1), NOW);
      case DECLINE -> referral.decline(DeclineReason.PROJECT_NOT_SUITED, NOW);
      case START_PATH -> referral.startPath(LocalDate.of(2026, 11, 25), NOW);
      case EXIT -> referral.exit(ExitOutcome.CDI, LocalDate.of(2026, 11, 28), NOW);
      case WITHDRAW -> referral.withdraw(WithdrawalReason.BY_YOUNG_PERSON, NOW);
      case TRANSFER -> referral.transferTo(OTHER_SITE, NOW);
      case EXPIRE -> referral.expire(NOW);
      case UNINVITE -> referral.uninvite(NOW);
      case CLOSE_INACTIVE -> referral.closeInactive(NOW);
    }
  }
}
