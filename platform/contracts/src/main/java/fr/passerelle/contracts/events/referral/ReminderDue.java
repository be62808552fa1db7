package fr.passerelle.contracts.events.referral;

import java.time.Instant;
import java.util.UUID;

/** A referral waits for the E2C's answer with no action since {@code idleSince}. */
public record ReminderDue(
    UUID referralId, UUID siteId, String agencySafir, String status, Instant idleSince) {}
