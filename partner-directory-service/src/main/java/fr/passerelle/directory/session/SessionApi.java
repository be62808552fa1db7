package fr.passerelle.directory.session;

import fr.passerelle.directory.session.SessionEnums.Format;
import fr.passerelle.directory.session.SessionEnums.SessionStatus;
import fr.passerelle.directory.session.SessionEnums.Venue;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /api/v1/sessions and their reservations. */
public final class SessionApi {

  public static final int MAX_CAPACITY = 500;

  private SessionApi() {}

  @Schema(name = "SessionRequest", description = "An information session held by a site")
  public record SessionRequest(
      @NotNull UUID siteId,
      @NotNull @Schema(example = "SITE", description = "SITE, or AGENCY with agencyId") Venue venue,
      @Schema(description = "The hosting agency, for venue AGENCY") UUID agencyId,
      @NotNull @Schema(example = "IN_PERSON") Format format,
      @NotNull @Schema(example = "2026-12-10T09:30:00+01:00") Instant startsAt,
      @NotNull @Schema(example = "2026-12-10T11:30:00+01:00") Instant endsAt,
      @NotNull @Min(1) @Max(MAX_CAPACITY) @Schema(example = "12") Integer capacity) {}

  @Schema(name = "Session")
  public record SessionView(
      UUID id,
      UUID siteId,
      Venue venue,
      @Schema(description = "The hosting agency, for venue AGENCY (absent otherwise)")
          UUID agencyId,
      Format format,
      Instant startsAt,
      Instant endsAt,
      @Schema(minimum = "1", maximum = "" + MAX_CAPACITY) int capacity,
      @Schema(minimum = "0", maximum = "" + MAX_CAPACITY) int seatsBooked,
      @Schema(minimum = "0", maximum = "" + MAX_CAPACITY) int seatsLeft,
      SessionStatus status,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version) {

    static SessionView of(InformationSession session) {
      return new SessionView(
          session.id,
          session.siteId,
          session.venue,
          session.agencyId,
          session.format,
          session.startsAt,
          session.endsAt,
          session.capacity,
          session.seatsBooked,
          session.seatsLeft(),
          session.status,
          session.version);
    }
  }

  @Schema(name = "Reservation", description = "A seat held for a referral")
  public record ReservationView(
      UUID id,
      UUID sessionId,
      @Schema(description = "The site holding the session") UUID siteId,
      @Schema(description = "When the session starts") Instant sessionStartsAt,
      @Schema(description = "The caller's referral id, the key of the reservation") UUID referralId,
      Reservation.Status status,
      Instant createdAt,
      @Schema(description = "When it was cancelled (absent while booked)") Instant cancelledAt,
      @Schema(
              description = "Seats left in the session after this booking",
              minimum = "0",
              maximum = "" + MAX_CAPACITY)
          int seatsLeft) {

    static ReservationView of(Reservation reservation, InformationSession session) {
      return new ReservationView(
          reservation.id,
          reservation.sessionId,
          session.siteId,
          session.startsAt,
          reservation.referralId,
          reservation.status,
          reservation.createdAt,
          reservation.cancelledAt,
          session.seatsLeft());
    }
  }

  /** A booking and whether it was made now (201) or already existed (200). */
  public record Booking(ReservationView reservation, boolean created) {}
}
