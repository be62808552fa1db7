package fr.passerelle.contracts.events.directory;

import java.util.UUID;

/** A seat booked or released for a referral (a pseudonymous id; no person data). */
public record SeatsChanged(
    UUID sessionId,
    UUID siteId,
    String departmentCode,
    String regionCode,
    UUID referralId,
    Change change,
    int capacity,
    int seatsBooked,
    int seatsLeft) {

  public enum Change {
    BOOKED,
    RELEASED
  }
}
