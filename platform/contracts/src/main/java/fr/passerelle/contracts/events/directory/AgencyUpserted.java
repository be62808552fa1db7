package fr.passerelle.contracts.events.directory;

import java.util.UUID;

/** A Pôle emploi agency created or changed. */
public record AgencyUpserted(
    UUID agencyId,
    String safir,
    String name,
    String communeCode,
    String departmentCode,
    String regionCode) {}
