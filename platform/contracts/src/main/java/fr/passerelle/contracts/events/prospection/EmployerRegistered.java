package fr.passerelle.contracts.events.prospection;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.util.UUID;

/** An establishment was registered for prospection; a company, no person. */
public record EmployerRegistered(
    UUID employerId,
    String siren,
    @Nullable String nafCode,
    @Nullable String headcountBand,
    String communeCode,
    String departmentCode,
    String regionCode,
    String network,
    Instant registeredAt) {}
