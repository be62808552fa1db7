package fr.passerelle.contracts.events.prospection;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.util.UUID;

/** Who leads the relationship with an employer changed: taken, released, handed over or expired. */
public record LeadChanged(
    UUID leadId,
    UUID employerId,
    String departmentCode,
    String network,
    Instant leadUntil,
    @Nullable String handedToNetwork,
    Instant occurredAt) {}
