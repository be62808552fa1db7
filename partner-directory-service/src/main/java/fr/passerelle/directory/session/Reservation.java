package fr.passerelle.directory.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A seat held for a referral (the caller's id: the directory knows nothing of the person). */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

  public enum Status {
    BOOKED,
    CANCELLED
  }

  @Id public UUID id;
  public UUID sessionId;
  public UUID referralId;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String bookedBy;
  public Instant createdAt;
  public Instant cancelledAt;

  public static Reservation book(UUID sessionId, UUID referralId, String actor, Instant now) {
    Reservation reservation = new Reservation();
    reservation.id = UUID.randomUUID();
    reservation.sessionId = sessionId;
    reservation.referralId = referralId;
    reservation.status = Status.BOOKED;
    reservation.bookedBy = actor;
    reservation.createdAt = now;
    return reservation;
  }

  public static Reservation of(UUID sessionId, UUID referralId) {
    return find("sessionId = ?1 and referralId = ?2", sessionId, referralId).firstResult();
  }

  /** The reservations holding a seat of the session now. */
  public static List<Reservation> bookedIn(UUID sessionId) {
    return list("sessionId = ?1 and status = ?2 order by createdAt", sessionId, Status.BOOKED);
  }

  public boolean isBooked() {
    return status == Status.BOOKED;
  }

  public void rebook(String actor, Instant now) {
    status = Status.BOOKED;
    bookedBy = actor;
    createdAt = now;
    cancelledAt = null;
  }

  public void cancel(Instant now) {
    status = Status.CANCELLED;
    cancelledAt = now;
  }
}
