package fr.passerelle.contracts.events.referral;

import java.time.Instant;
import java.util.UUID;

/** A referral moved to another E2C site, keeping its history. */
public record ReferralTransferred(
    UUID referralId,
    UUID personId,
    UUID fromSiteId,
    UUID toSiteId,
    String status,
    Instant occurredAt) {}
