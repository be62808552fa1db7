package fr.passerelle.contracts.events.prospection;

import java.time.Instant;
import java.util.UUID;

/** A contact was refused because the other network leads the relationship with the employer. */
public record ConflictRaised(
    UUID employerId,
    String departmentCode,
    String requestingNetwork,
    String leadingNetwork,
    Instant occurredAt) {}
