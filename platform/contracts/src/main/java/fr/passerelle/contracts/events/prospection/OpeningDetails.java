package fr.passerelle.contracts.events.prospection;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An opening as it stands after the change. */
public record OpeningDetails(
    UUID openingId,
    UUID employerId,
    String network,
    String kind,
    String romeCode,
    String communeCode,
    String departmentCode,
    int positions,
    @Nullable LocalDate startsOn,
    @Nullable LocalDate endsOn,
    String status,
    Instant occurredAt) {}
