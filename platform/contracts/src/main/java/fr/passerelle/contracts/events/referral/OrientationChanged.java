package fr.passerelle.contracts.events.referral;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * An information-only orientation (a young person sent by an advisor to an E2C information session,
 * without a referral) was booked, cancelled, or turned into a referral. Nothing identifying: no
 * name, no contact.
 */
public record OrientationChanged(
    UUID orientationId,
    Change change,
    String agencySafir,
    @Nullable String departmentCode,
    UUID siteId,
    UUID sessionId,
    @Nullable UUID referralId,
    Instant occurredAt,
    @Nullable String clientId) {

  /** What happened to the orientation. */
  public enum Change {
    BOOKED,
    CANCELLED,
    CONVERTED
  }
}
