package fr.passerelle.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.PairingDetails;
import fr.passerelle.contracts.events.directory.SessionDetails;
import fr.passerelle.contracts.events.directory.SiteDetails;
import fr.passerelle.contracts.events.prospection.LeadChanged;
import fr.passerelle.contracts.events.prospection.OpeningDetails;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.reporting.projection.ReferralFact.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What each event of the directory, the referral service and prospection gives to the projections:
 * the one place that reads payloads, used alike by the live consumers and by a rebuild. An event of
 * a known type may give nothing (a reminder, a referent); an event of an unknown type answers
 * empty, to be skipped and counted.
 */
@ApplicationScoped
public class EventProjector {

  /** Dates without a time (a milestone's start, a contact's day) count at midnight, in France. */
  static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final ObjectMapper mapper;
  private final CommuneDirectory regions;
  private final Map<String, Function<InboundEvent, List<Fact>>> byType = new HashMap<>();

  EventProjector(ObjectMapper mapper, CommuneDirectory regions) {
    this.mapper = mapper;
    this.regions = regions;
    directory();
    referral();
    prospection();
  }

  /** The facts of an event, or empty when its type is unknown here. */
  public Optional<List<Fact>> project(InboundEvent event) {
    Function<InboundEvent, List<Fact>> projection = byType.get(event.type());
    return projection == null ? Optional.empty() : Optional.of(projection.apply(event));
  }

  private void directory() {
    on(DirectoryEvents.SITE_CREATED, this::site);
    on(DirectoryEvents.SITE_UPDATED, this::site);
    on(
        DirectoryEvents.SITE_CLOSED,
        (closed, event) ->
            new SiteFact(
                closed.siteId(),
                closed.departmentCode(),
                closed.regionCode(),
                "CLOSED",
                time(event)));
    on(
        DirectoryEvents.AGENCY_UPSERTED,
        (agency, event) ->
            new AgencyFact(
                agency.safir(),
                agency.agencyId(),
                agency.departmentCode(),
                agency.regionCode(),
                time(event)));
    on(DirectoryEvents.SESSION_SCHEDULED, this::session);
    on(DirectoryEvents.SESSION_UPDATED, this::session);
    on(DirectoryEvents.SESSION_CANCELLED, this::session);
    on(DirectoryEvents.SESSION_DONE, this::session);
    on(DirectoryEvents.PAIRING_CREATED, this::pairing);
    on(DirectoryEvents.PAIRING_UPDATED, this::pairing);
    on(DirectoryEvents.PAIRING_ENDED, this::pairing);
    // Seats of held sessions come with session-done; referents are people, not indicators.
    nothingFrom(
        DirectoryEvents.SEATS_CHANGED,
        DirectoryEvents.REFERENT_CREATED,
        DirectoryEvents.REFERENT_UPDATED,
        DirectoryEvents.REFERENT_REMOVED);
  }

  private void referral() {
    on(
        ReferralEvents.SUBMITTED,
        (submitted, event) ->
            referralFact(event, submitted.referralId(), Kind.SUBMITTED, submitted.submittedAt())
                .site(submitted.siteId(), submitted.agencySafir())
                .overriddenRules(submitted.overriddenRules().size())
                .build());
    on(
        ReferralEvents.STATUS_CHANGED,
        (moved, event) ->
            referralFact(event, moved.referralId(), Kind.STATUS, moved.occurredAt())
                .site(moved.siteId(), moved.agencySafir())
                .move(moved.action(), moved.toStatus(), moved.reasonCode())
                .exit(moved.outcome(), moved.positiveExit())
                .build());
    on(
        ReferralEvents.TRANSFERRED,
        (transferred, event) ->
            referralFact(
                    event, transferred.referralId(), Kind.TRANSFERRED, transferred.occurredAt())
                .site(transferred.toSiteId(), null)
                .build());
    on(
        ReferralEvents.MILESTONE_RECORDED,
        (milestone, event) ->
            referralFact(
                    event, milestone.referralId(), Kind.MILESTONE, atMidnight(milestone.startsOn()))
                .site(milestone.siteId(), null)
                .milestone(milestone.kind(), milestone.employerSiret())
                .build());
    on(
        ReferralEvents.ORIENTATION_CHANGED,
        (orientation, event) ->
            new OrientationFact(
                event.id(),
                orientation.orientationId(),
                orientation.change().name(),
                orientation.agencySafir(),
                orientation.siteId(),
                utc(orientation.occurredAt())));
    // A reminder changes no indicator; an anonymised referral keeps its (pseudonymous) counts.
    nothingFrom(ReferralEvents.REMINDER_DUE, ReferralEvents.ANONYMISED);
  }

  private void prospection() {
    on(
        ProspectionEvents.EMPLOYER_REGISTERED,
        (employer, event) ->
            prospectionFact(
                    event, ProspectionFact.Kind.EMPLOYER_REGISTERED, utc(employer.registeredAt()))
                .employer(employer.employerId(), employer.departmentCode(), employer.network())
                .build());
    on(
        ProspectionEvents.CONTACT_RECORDED,
        (contact, event) ->
            prospectionFact(event, ProspectionFact.Kind.CONTACT, atMidnight(contact.contactOn()))
                .employer(contact.employerId(), contact.departmentCode(), contact.network())
                .contact(
                    contact.channel(),
                    contact.status(),
                    contact.joint(),
                    contact.coordinatedWithNetwork())
                .build());
    lead(ProspectionEvents.LEAD_TAKEN, ProspectionFact.Kind.LEAD_TAKEN);
    lead(ProspectionEvents.LEAD_RELEASED, ProspectionFact.Kind.LEAD_RELEASED);
    lead(ProspectionEvents.LEAD_HANDED_OVER, ProspectionFact.Kind.LEAD_HANDED_OVER);
    lead(ProspectionEvents.LEAD_EXPIRED, ProspectionFact.Kind.LEAD_EXPIRED);
    on(
        ProspectionEvents.CONFLICT_RAISED,
        (conflict, event) ->
            prospectionFact(event, ProspectionFact.Kind.CONFLICT, utc(conflict.occurredAt()))
                .employer(
                    conflict.employerId(), conflict.departmentCode(), conflict.requestingNetwork())
                .build());
    on(
        ProspectionEvents.OVER_SOLICITATION_REFUSED,
        (refusal, event) ->
            prospectionFact(
                    event, ProspectionFact.Kind.OVER_SOLICITATION, utc(refusal.occurredAt()))
                .employer(refusal.employerId(), refusal.departmentCode(), refusal.network())
                .build());
    on(
        ProspectionEvents.JOINT_ACTION_HELD,
        (action, event) ->
            prospectionFact(event, ProspectionFact.Kind.JOINT_ACTION, atMidnight(action.heldOn()))
                .employer(null, action.departmentCode(), null)
                .positions(action.employerCount())
                .build());
    opening(ProspectionEvents.OPENING_PUBLISHED, ProspectionFact.Kind.OPENING_PUBLISHED);
    opening(ProspectionEvents.OPENING_FILLED, ProspectionFact.Kind.OPENING_FILLED);
    opening(ProspectionEvents.OPENING_CLOSED, ProspectionFact.Kind.OPENING_CLOSED);
    opening(ProspectionEvents.OPENING_EXPIRED, ProspectionFact.Kind.OPENING_EXPIRED);
  }

  private SiteFact site(SiteDetails site, InboundEvent event) {
    return new SiteFact(
        site.siteId(), site.departmentCode(), site.regionCode(), site.status(), time(event));
  }

  private SessionFact session(SessionDetails session, InboundEvent event) {
    return new SessionFact(
        session.sessionId(),
        session.siteId(),
        session.agencyId(),
        utc(session.startsAt()),
        session.capacity(),
        session.seatsBooked(),
        session.status(),
        time(event));
  }

  private PairingFact pairing(PairingDetails pairing, InboundEvent event) {
    return new PairingFact(
        pairing.pairingId(),
        pairing.agencyId(),
        pairing.siteId(),
        pairing.since(),
        pairing.endedOn(),
        time(event));
  }

  private void lead(EventType<LeadChanged> type, ProspectionFact.Kind kind) {
    on(
        type,
        (lead, event) ->
            prospectionFact(event, kind, utc(lead.occurredAt()))
                .employer(lead.employerId(), lead.departmentCode(), lead.network())
                .build());
  }

  private void opening(EventType<OpeningDetails> type, ProspectionFact.Kind kind) {
    on(
        type,
        (opening, event) ->
            prospectionFact(event, kind, utc(opening.occurredAt()))
                .employer(opening.employerId(), opening.departmentCode(), opening.network())
                .opening(opening.openingId(), opening.kind(), opening.positions())
                .build());
  }

  private <P extends Record> void on(EventType<P> type, BiFunction<P, InboundEvent, Fact> fact) {
    byType.put(type.type(), event -> List.of(fact.apply(event.payload(type, mapper), event)));
  }

  private void nothingFrom(EventType<?>... types) {
    for (EventType<?> type : types) {
      byType.put(type.type(), event -> List.of());
    }
  }

  private static OffsetDateTime time(InboundEvent event) {
    return utc(event.timeOrNow());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime atMidnight(LocalDate day) {
    return utc(day.atStartOfDay(FRANCE).toInstant());
  }

  private static ReferralFacts referralFact(
      InboundEvent event, UUID referralId, Kind kind, Instant occurredAt) {
    return new ReferralFacts(event.id(), referralId, kind, utc(occurredAt));
  }

  private static ReferralFacts referralFact(
      InboundEvent event, UUID referralId, Kind kind, OffsetDateTime occurredAt) {
    return new ReferralFacts(event.id(), referralId, kind, occurredAt);
  }

  private ProspectionFacts prospectionFact(
      InboundEvent event, ProspectionFact.Kind kind, OffsetDateTime occurredAt) {
    return new ProspectionFacts(regions, event.id(), kind, occurredAt);
  }
}
