package fr.passerelle.directory.importing;

import java.util.List;

/**
 * One row of an import file, read but not yet checked: the school it belongs to and the site's
 * fields as text. {@code problems} holds what could not even be read (a missing column, a number
 * that is not one).
 */
record ImportRow(
    int rowNumber,
    String siteCode,
    String schoolSiret,
    String schoolName,
    String siteName,
    String street,
    String communeCode,
    String postalCode,
    Double latitude,
    Double longitude,
    String phone,
    String email,
    String openingHours,
    String accessibility,
    Integer yearlyCapacity,
    List<String> sectors,
    String status,
    List<String> problems) {}
