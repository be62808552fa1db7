package fr.passerelle.contracts.events.directory;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.util.UUID;

/** An information session as it stands after the change. */
public record SessionDetails(
    UUID sessionId,
    UUID siteId,
    String departmentCode,
    String regionCode,
    String venue,
    @Nullable UUID agencyId,
    String format,
    Instant startsAt,
    Instant endsAt,
    int capacity,
    int seatsBooked,
    int seatsLeft,
    String status) {}
