package fr.passerelle.prospection.importing;

import java.util.List;

/**
 * One row of an import file, read but not yet checked, its fields as text. {@code closed} is true
 * for an establishment that SIRENE says is closed ({@code etatAdministratifEtablissement = F});
 * {@code problems} holds what could not even be read (a line with too many or too few fields).
 */
record ImportRow(
    int rowNumber,
    String siret,
    String name,
    String nafCode,
    String headcountBand,
    String street,
    String postalCode,
    String communeCode,
    boolean closed,
    List<String> problems) {}
