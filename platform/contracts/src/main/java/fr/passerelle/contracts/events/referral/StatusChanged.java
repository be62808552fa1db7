package fr.passerelle.contracts.events.referral;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A referral moved on its path. {@code reasonCode} is the coded decline, withdrawal or attendance;
 * {@code outcome} and {@code positiveExit} are set on exit.
 */
public record StatusChanged(
    UUID referralId,
    UUID personId,
    UUID siteId,
    String agencySafir,
    String action,
    @Nullable String fromStatus,
    String toStatus,
    String actorSide,
    @Nullable String reasonCode,
    @Nullable String outcome,
    @Nullable Boolean positiveExit,
    Instant occurredAt) {}
