package fr.passerelle.contracts.events.prospection;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbound contact was refused: the employer was already contacted the maximum number of times
 * in 30 days.
 */
public record OverSolicitationRefused(
    UUID employerId,
    String departmentCode,
    String network,
    int outboundContacts,
    int ceiling,
    Instant occurredAt) {}
