package fr.passerelle.contracts.events.referral;

import java.time.Instant;
import java.util.UUID;

/** The referral's personal data is gone, by retention ({@code RETENTION}) or on request. */
public record ReferralAnonymised(
    UUID referralId, UUID personId, String reason, Instant anonymisedAt) {}
