package fr.passerelle.platform.geo;

/** Where a place is, derived from its commune: department and region are never typed in. */
public record Location(
    String communeCode,
    String postalCode,
    String departmentCode,
    String regionCode,
    double latitude,
    double longitude) {

  public GeoPoint point() {
    return new GeoPoint(latitude, longitude);
  }
}
