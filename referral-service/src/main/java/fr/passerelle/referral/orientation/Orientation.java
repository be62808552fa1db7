package fr.passerelle.referral.orientation;

import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.referral.dossier.ContactChannel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A young person an advisor sends to an E2C information session without a referral ("en les
 * orientant vers des informations collectives"): a seat, and only what the E2C needs to welcome
 * them. It may later become a referral, if the young person wishes.
 */
@Entity
public class Orientation extends PanacheEntityBase {

  public enum Status {
    BOOKED,
    CANCELLED,
    CONVERTED
  }

  @Id public UUID id;
  @Version public long version;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String agencySafir;
  public String clientId;
  public String orientedBy;
  public UUID siteId;
  public UUID sessionId;
  public Instant sessionStartsAt;

  public String firstName;
  public String phone;
  public String email;

  @Enumerated(EnumType.STRING)
  public ContactChannel preferredChannel;

  public UUID referralId;
  public Instant createdAt;
  public Instant cancelledAt;
  public Instant convertedAt;
  public Instant anonymisedAt;

  public static Orientation booked(UUID id, Instant now) {
    Orientation orientation = new Orientation();
    orientation.id = id;
    orientation.status = Status.BOOKED;
    orientation.createdAt = now;
    return orientation;
  }

  /**
   * @throws ConflictException (409) unless still booked
   */
  public void cancel(Instant now) {
    requireBooked();
    status = Status.CANCELLED;
    cancelledAt = now;
  }

  /**
   * Now a referral, which holds the young person's data: the orientation keeps none of it.
   *
   * @throws ConflictException (409) unless still booked
   */
  public void convert(UUID referral, Instant now) {
    requireBooked();
    status = Status.CONVERTED;
    referralId = referral;
    convertedAt = now;
    forgetPerson(now);
  }

  public void forgetPerson(Instant now) {
    firstName = null;
    phone = null;
    email = null;
    preferredChannel = null;
    anonymisedAt = now;
  }

  public boolean isBooked() {
    return status == Status.BOOKED;
  }

  private void requireBooked() {
    if (status != Status.BOOKED) {
      throw new ConflictException(
          "the orientation is " + status.name().toLowerCase(), Map.of("status", status));
    }
  }
}
