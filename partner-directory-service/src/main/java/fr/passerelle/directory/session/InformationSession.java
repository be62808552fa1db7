package fr.passerelle.directory.session;

import fr.passerelle.contracts.events.directory.SeatsChanged;
import fr.passerelle.contracts.events.directory.SessionDetails;
import fr.passerelle.directory.session.SessionEnums.Format;
import fr.passerelle.directory.session.SessionEnums.SessionStatus;
import fr.passerelle.directory.session.SessionEnums.Venue;
import fr.passerelle.directory.site.Site;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An information session ("information collective") held by a site. It guards its own seats: a
 * full, cancelled, finished or started session refuses a booking, and a cancelled one holds none.
 */
@Entity
@Table(name = "information_session")
public class InformationSession extends PanacheEntityBase {

  @Id public UUID id;
  public UUID siteId;

  @Enumerated(EnumType.STRING)
  public Venue venue;

  public UUID agencyId;

  @Enumerated(EnumType.STRING)
  public Format format;

  public Instant startsAt;
  public Instant endsAt;
  public int capacity;
  public int seatsBooked;

  @Enumerated(EnumType.STRING)
  public SessionStatus status;

  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;

  public static InformationSession schedule(UUID id, UUID siteId, Instant now) {
    InformationSession session = new InformationSession();
    session.id = id;
    session.siteId = siteId;
    session.status = SessionStatus.SCHEDULED;
    session.createdAt = now;
    return session;
  }

  public void plan(
      Venue venue,
      UUID agencyId,
      Format format,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      Instant now) {
    if (!endsAt.isAfter(startsAt)) {
      throw new RuleViolationException("ends-before-start", "a session must end after it starts");
    }
    if ((venue == Venue.AGENCY) != (agencyId != null)) {
      throw new RuleViolationException(
          "venue-agency", "a session hosted in an agency names the agency, and only then");
    }
    if (capacity < seatsBooked) {
      throw new RuleViolationException(
          "capacity-below-bookings",
          "capacity cannot go below the seats already booked",
          Map.of("seatsBooked", seatsBooked));
    }
    requireScheduled();
    this.venue = venue;
    this.agencyId = agencyId;
    this.format = format;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.capacity = capacity;
    this.updatedAt = now;
  }

  public int seatsLeft() {
    return capacity - seatsBooked;
  }

  /** A scheduled session, not started yet at {@code now}, with at least one seat left. */
  public boolean hasFreeSeats(Instant now) {
    return status == SessionStatus.SCHEDULED && startsAt.isAfter(now) && seatsBooked < capacity;
  }

  /**
   * {@link #hasFreeSeats(Instant)} as a JPQL condition on the session named {@code alias}; the
   * query binds the time as parameter {@code :now}.
   */
  public static String hasFreeSeats(String alias) {
    return alias
        + ".status = 'SCHEDULED' and "
        + alias
        + ".startsAt > :now and "
        + alias
        + ".seatsBooked < "
        + alias
        + ".capacity";
  }

  /**
   * {@link #hasFreeSeats(String)} as an SQL condition on the session row named {@code alias}; the
   * time is its one parameter ({@code ?}).
   */
  public static String hasFreeSeatsSql(String alias) {
    return alias
        + ".status = 'SCHEDULED' AND "
        + alias
        + ".starts_at > ? AND "
        + alias
        + ".seats_booked < "
        + alias
        + ".capacity";
  }

  /** Takes one seat, or says why not (409). */
  public void book(Instant now) {
    requireOpenForBooking(now);
    if (seatsLeft() == 0) {
      throw new ConflictException("the session is full", Map.of("seatsLeft", 0));
    }
    seatsBooked++;
    updatedAt = now;
  }

  /**
   * A session takes bookings, and keeps those it holds, only while it is scheduled and not started:
   * else 409, whatever the seat's history.
   */
  public void requireOpenForBooking(Instant now) {
    requireScheduled();
    if (!startsAt.isAfter(now)) {
      throw new ConflictException("the session has already started");
    }
  }

  public void release(Instant now) {
    if (seatsBooked > 0) {
      seatsBooked--;
    }
    updatedAt = now;
  }

  /**
   * Cancels the session and releases its seats with it: no invitation to a cancelled session.
   *
   * @return the reservations it released, cancelled now
   */
  public List<Reservation> cancel(Instant now) {
    requireScheduled();
    List<Reservation> released = Reservation.bookedIn(id);
    released.forEach(reservation -> reservation.cancel(now));
    status = SessionStatus.CANCELLED;
    seatsBooked = 0;
    updatedAt = now;
    return released;
  }

  /** A scheduled session that has ended becomes DONE; its seats stay booked. */
  public void finish(Instant now) {
    requireScheduled();
    if (endsAt.isAfter(now)) {
      throw new ConflictException("the session has not ended yet");
    }
    status = SessionStatus.DONE;
    updatedAt = now;
  }

  private void requireScheduled() {
    if (status != SessionStatus.SCHEDULED) {
      throw new ConflictException(
          "the session is " + status.name().toLowerCase(), Map.of("status", status));
    }
  }

  public SessionDetails details(Site site) {
    return new SessionDetails(
        id,
        siteId,
        site.departmentCode,
        site.regionCode,
        venue.name(),
        agencyId,
        format.name(),
        startsAt,
        endsAt,
        capacity,
        seatsBooked,
        seatsLeft(),
        status.name());
  }

  /** A seat booked or released for a referral, with the seats as they now stand. */
  public SeatsChanged seatsChanged(Site site, UUID referralId, SeatsChanged.Change change) {
    return new SeatsChanged(
        id,
        siteId,
        site.departmentCode,
        site.regionCode,
        referralId,
        change,
        capacity,
        seatsBooked,
        seatsLeft());
  }

  /**
   * @throws ResourceNotFoundException (404) when there is none
   */
  public static InformationSession require(UUID id) {
    return ResourceNotFoundException.unlessNull(findById(id), "session", id);
  }
}
