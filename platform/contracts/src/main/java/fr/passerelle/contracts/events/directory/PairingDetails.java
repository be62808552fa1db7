package fr.passerelle.contracts.events.directory;

import fr.passerelle.contracts.events.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pairing of an agency and a site, after the change: where each side is (department and region),
 * since when, until when once ended, and the referent ids of each side (no person data).
 */
public record PairingDetails(
    UUID pairingId,
    UUID agencyId,
    String agencyDepartmentCode,
    String agencyRegionCode,
    UUID siteId,
    String siteDepartmentCode,
    String siteRegionCode,
    LocalDate since,
    @Nullable LocalDate endedOn,
    @Nullable UUID agencyReferentId,
    @Nullable UUID siteReferentId) {}
