package fr.passerelle.contracts.events.directory;

import fr.passerelle.contracts.events.Nullable;
import java.util.List;
import java.util.UUID;

/** A site as consumers need it: where it is (with department and region) and what it offers. */
public record SiteDetails(
    UUID siteId,
    UUID schoolId,
    String code,
    String name,
    String communeCode,
    String postalCode,
    String departmentCode,
    String regionCode,
    double latitude,
    double longitude,
    String status,
    List<String> sectors,
    @Nullable Integer yearlyCapacity) {}
