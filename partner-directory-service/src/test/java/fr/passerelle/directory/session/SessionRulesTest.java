package fr.passerelle.directory.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.directory.session.SessionEnums.Format;
import fr.passerelle.directory.session.SessionEnums.SessionStatus;
import fr.passerelle.directory.session.SessionEnums.Venue;
import fr.passerelle.platform.web.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A session's rules in time, on the entity without a server: free seats, bookings kept or refused,
 * the end. The HTTP side is in {@code SessionsInTimeTest}.
 */
class SessionRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant STARTS = NOW.plus(Duration.ofDays(1));
  private static final Instant ENDS = STARTS.plus(Duration.ofHours(2));

  @Test
  void a_session_has_free_seats_only_while_scheduled_not_started_and_not_full() {
    InformationSession session = session(2);

    assertThat(session.hasFreeSeats(NOW)).isTrue();
    assertThat(session.hasFreeSeats(STARTS)).as("starting now").isFalse();
    assertThat(session.hasFreeSeats(ENDS)).isFalse();
    session.book(NOW);
    session.book(NOW);
    assertThat(session.hasFreeSeats(NOW)).as("full").isFalse();
  }

  @Test
  void a_held_seat_is_kept_only_while_the_session_takes_bookings() {
    InformationSession session = session(2);
    session.book(NOW);

    session.requireOpenForBooking(NOW);
    assertThatThrownBy(() -> session.requireOpenForBooking(STARTS))
        .isInstanceOf(ConflictException.class)
        .hasMessage("the session has already started");
    session.status = SessionStatus.CANCELLED;
    assertThatThrownBy(() -> session.requireOpenForBooking(NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("the session is cancelled");
  }

  @Test
  void a_session_is_done_once_it_has_ended_and_keeps_its_seats() {
    InformationSession session = session(3);
    session.book(NOW);

    assertThatThrownBy(() -> session.finish(ENDS.minusSeconds(1)))
        .isInstanceOf(ConflictException.class);
    session.finish(ENDS);

    assertThat(session.status).isEqualTo(SessionStatus.DONE);
    assertThat(session.seatsBooked).isEqualTo(1);
    assertThatThrownBy(() -> session.finish(ENDS)).hasMessage("the session is done");
    assertThatThrownBy(() -> session.book(NOW)).hasMessage("the session is done");
  }

  private static InformationSession session(int capacity) {
    InformationSession session =
        InformationSession.schedule(UUID.randomUUID(), UUID.randomUUID(), NOW);
    session.plan(Venue.SITE, null, Format.IN_PERSON, STARTS, ENDS, capacity, NOW);
    return session;
  }
}
