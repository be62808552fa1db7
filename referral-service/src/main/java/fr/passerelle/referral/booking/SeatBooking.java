package fr.passerelle.referral.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.passerelle.platform.transaction.AfterTransaction;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.platform.web.problem.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Seats in the directory's information sessions, booked under the referral id (so booking again
 * after a retry or a crash finds the same seat). The directory's answer is carried back: a full or
 * cancelled session is a 409, an unknown one a 422, a directory that does not answer in time a 503
 * the caller may retry.
 */
@ApplicationScoped
public class SeatBooking {

  private static final Logger LOG = Logger.getLogger(SeatBooking.class);

  private final DirectoryReservations directory;
  private final AfterTransaction afterTransaction;

  SeatBooking(@RestClient DirectoryReservations directory, AfterTransaction afterTransaction) {
    this.directory = directory;
    this.afterTransaction = afterTransaction;
  }

  /** What this service reads of the directory's reservation: the session's site and start. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Reservation(UUID siteId, Instant sessionStartsAt) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record DirectoryProblem(String detail) {}

  /**
   * Books a seat for the referral, or confirms the one it holds: the directory refuses both for a
   * session cancelled, started or done. Called in the transaction that records it: if that
   * transaction rolls back while a new seat may be held (booked now, or no clear answer in time),
   * the seat is given back, so that no seat stays held for a referral that did not move.
   *
   * @return when the session starts
   */
  public Instant book(UUID sessionId, UUID referralId, UUID siteId) {
    Response answer;
    try {
      answer = call(() -> directory.book(sessionId, referralId));
    } catch (ServiceUnavailableException e) {
      releaseOnRollback(sessionId, referralId);
      throw e;
    }
    try (Response response = answer) {
      int status = response.getStatus();
      if (status == 200 || status == 201) {
        return confirmed(response, status == 201, sessionId, referralId, siteId);
      }
      throw switch (status) {
        case 404 ->
            new RuleViolationException(
                "session-not-found", "session " + sessionId + " does not exist in the directory");
        case 409 ->
            new ConflictException(
                "the directory refused the seat: " + detail(response),
                Map.of("code", "seat-refused", "sessionId", sessionId));
        default -> {
          releaseOnRollback(sessionId, referralId);
          yield unexpected(response);
        }
      };
    }
  }

  private Instant confirmed(
      Response response, boolean bookedNow, UUID sessionId, UUID referralId, UUID siteId) {
    Reservation reservation = response.readEntity(Reservation.class);
    if (!siteId.equals(reservation.siteId())) {
      if (bookedNow) {
        release(sessionId, referralId);
      }
      throw new RuleViolationException(
          "session-of-another-site",
          "session " + sessionId + " is not held by the referral's site");
    }
    if (bookedNow) {
      releaseOnRollback(sessionId, referralId);
      LOG.infof("Seat booked in session %s for referral %s", sessionId, referralId);
    }
    return reservation.sessionStartsAt();
  }

  /** Gives the seat back; a seat already given back or never taken is fine. */
  public void release(UUID sessionId, UUID referralId) {
    try (Response response = call(() -> directory.release(sessionId, referralId))) {
      int status = response.getStatus();
      if (status != 204 && status != 404) {
        throw unexpected(response);
      }
    }
  }

  private void releaseOnRollback(UUID sessionId, UUID referralId) {
    afterTransaction.onRollback(
        () -> {
          try {
            release(sessionId, referralId);
          } catch (RuntimeException e) {
            LOG.warnf(
                "Seat of referral %s in session %s could not be given back after a rollback",
                referralId, sessionId);
          }
        });
  }

  private static Response call(Supplier<Response> request) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      LOG.warnf("Directory unreachable: %s", e.getClass().getSimpleName());
      throw new ServiceUnavailableException(
          "the partner directory did not answer in time; retry later");
    }
  }

  private static ServiceUnavailableException unexpected(Response response) {
    LOG.errorf("Directory answered %d to a reservation", response.getStatus());
    return new ServiceUnavailableException(
        "the partner directory could not handle the reservation; retry later");
  }

  private static String detail(Response response) {
    try {
      DirectoryProblem problem = response.readEntity(DirectoryProblem.class);
      return problem.detail() == null ? "no seat" : problem.detail();
    } catch (RuntimeException e) {
      return "no seat";
    }
  }
}
