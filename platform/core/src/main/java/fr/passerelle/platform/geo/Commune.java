package fr.passerelle.platform.geo;

import java.util.List;

/** A French commune of the reference data: where it is and which department and region. */
public record Commune(
    String inseeCode,
    String name,
    List<String> postalCodes,
    String departmentCode,
    String regionCode,
    double latitude,
    double longitude) {

  /** Longer than any name of the reference file (the longest has 45 characters). */
  public static final int NAME_MAX_LENGTH = 64;
}
