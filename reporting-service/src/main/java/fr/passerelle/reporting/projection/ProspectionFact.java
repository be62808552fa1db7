package fr.passerelle.reporting.projection;

import static fr.passerelle.reporting.projection.FactTable.column;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One prospection event: an employer registered, a contact, a lead, a refusal, an opening. */
public record ProspectionFact(
    String eventId,
    Kind kind,
    OffsetDateTime occurredAt,
    UUID employerId,
    UUID openingId,
    String departmentCode,
    String regionCode,
    String network,
    String channel,
    String status,
    boolean joint,
    String coordinatedWith,
    String openingKind,
    Integer positions)
    implements Fact {

  /** What the event was. */
  public enum Kind {
    EMPLOYER_REGISTERED,
    CONTACT,
    LEAD_TAKEN,
    LEAD_RELEASED,
    LEAD_HANDED_OVER,
    LEAD_EXPIRED,
    CONFLICT,
    OVER_SOLICITATION,
    JOINT_ACTION,
    OPENING_PUBLISHED,
    OPENING_FILLED,
    OPENING_CLOSED,
    OPENING_EXPIRED
  }

  static final FactTable<ProspectionFact> TABLE =
      FactTable.facts(
          "prospection_event",
          List.of(
              column("event_id", ProspectionFact::eventId),
              column("kind", fact -> fact.kind().name()),
              column("occurred_at", ProspectionFact::occurredAt),
              column("employer_id", ProspectionFact::employerId),
              column("opening_id", ProspectionFact::openingId),
              column("department_code", ProspectionFact::departmentCode),
              column("region_code", ProspectionFact::regionCode),
              column("network", ProspectionFact::network),
              column("channel", ProspectionFact::channel),
              column("status", ProspectionFact::status),
              column("joint", ProspectionFact::joint),
              column("coordinated_with", ProspectionFact::coordinatedWith),
              column("opening_kind", ProspectionFact::openingKind),
              column("positions", ProspectionFact::positions)));

  @Override
  public FactTable<ProspectionFact> table() {
    return TABLE;
  }
}
