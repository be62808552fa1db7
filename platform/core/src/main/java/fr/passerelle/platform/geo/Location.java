package fr.passerelle.platform.geo;

/** Where a place is, derived from its commune: department and region are never typed in. */
public record Location(
    String communeCode,
    String postalCode,
    String departmentCode,
    String regionCode,
    double latitude,
    double longitude) {

  /** A department code: two characters (59, 2A) or three overseas (971). */
  public static final int DEPARTMENT_CODE_MAX_LENGTH = 3;

  /** An INSEE region code: two digits. */
  public static final int REGION_CODE_MAX_LENGTH = 2;

  public GeoPoint point() {
    return new GeoPoint(latitude, longitude);
  }
}
