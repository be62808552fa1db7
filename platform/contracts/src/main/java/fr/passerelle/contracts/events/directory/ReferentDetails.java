package fr.passerelle.contracts.events.directory;

import fr.passerelle.contracts.events.Nullable;
import java.util.UUID;

/**
 * A referent as reporting needs it, after the change: whose contact it is (a site or an agency,
 * with its department and region) and what it does. No name, e-mail or phone.
 */
public record ReferentDetails(
    UUID referentId,
    String function,
    @Nullable UUID siteId,
    @Nullable UUID agencyId,
    String departmentCode,
    String regionCode,
    boolean active) {}
