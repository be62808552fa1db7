package fr.passerelle.contracts.events.directory;

import java.time.Instant;
import java.util.UUID;

/** A site closed: it takes no more referrals. */
public record SiteClosed(
    UUID siteId, UUID schoolId, String departmentCode, String regionCode, Instant closedAt) {}
