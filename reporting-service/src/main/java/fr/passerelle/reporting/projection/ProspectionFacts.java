package fr.passerelle.reporting.projection;

import fr.passerelle.platform.geo.CommuneDirectory;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Builds a {@link ProspectionFact}: each event fills what it knows. */
final class ProspectionFacts {

  private final CommuneDirectory regions;
  private final String eventId;
  private final ProspectionFact.Kind kind;
  private final OffsetDateTime occurredAt;
  private UUID employerId;
  private UUID openingId;
  private String departmentCode;
  private String regionCode;
  private String network;
  private String channel;
  private String status;
  private boolean joint;
  private String coordinatedWith;
  private String openingKind;
  private Integer positions;

  ProspectionFacts(
      CommuneDirectory regions,
      String eventId,
      ProspectionFact.Kind kind,
      OffsetDateTime occurredAt) {
    this.regions = regions;
    this.eventId = eventId;
    this.kind = kind;
    this.occurredAt = occurredAt;
  }

  ProspectionFacts employer(UUID employerId, String departmentCode, String network) {
    this.employerId = employerId;
    this.departmentCode = departmentCode;
    this.regionCode = regions.regionOf(departmentCode).orElse(null);
    this.network = network;
    return this;
  }

  ProspectionFacts contact(String channel, String status, boolean joint, String coordinatedWith) {
    this.channel = channel;
    this.status = status;
    this.joint = joint;
    this.coordinatedWith = coordinatedWith;
    return this;
  }

  ProspectionFacts opening(UUID openingId, String kind, int positions) {
    this.openingId = openingId;
    this.openingKind = kind;
    this.positions = positions;
    return this;
  }

  ProspectionFacts positions(int count) {
    this.positions = count;
    return this;
  }

  ProspectionFact build() {
    return new ProspectionFact(
        eventId,
        kind,
        occurredAt,
        employerId,
        openingId,
        departmentCode,
        regionCode,
        network,
        channel,
        status,
        joint,
        coordinatedWith,
        openingKind,
        positions);
  }
}
