package fr.passerelle.contracts.events.prospection;

import fr.passerelle.contracts.events.EventType;
import java.util.List;

/**
 * Every event the prospection service publishes, on topic {@code passerelle.prospection.v1}, keyed
 * by the employer id (an opening's by the opening id, a joint action's by its id). No personal
 * data: no officer, no note, no young person. Schemas: this module's {@code
 * src/main/resources/events/}; catalog: docs/events/README.md.
 */
public final class ProspectionEvents {

  public static final String SERVICE = "prospection";
  public static final String TOPIC = EventType.topicOf(SERVICE);

  public static final EventType<EmployerRegistered> EMPLOYER_REGISTERED =
      EventType.of(SERVICE, "employer-registered", EmployerRegistered.class);
  public static final EventType<ContactRecorded> CONTACT_RECORDED =
      EventType.of(SERVICE, "contact-recorded", ContactRecorded.class);
  public static final EventType<LeadChanged> LEAD_TAKEN =
      EventType.of(SERVICE, "lead-taken", LeadChanged.class);
  public static final EventType<LeadChanged> LEAD_RELEASED =
      EventType.of(SERVICE, "lead-released", LeadChanged.class);
  public static final EventType<LeadChanged> LEAD_HANDED_OVER =
      EventType.of(SERVICE, "lead-handed-over", LeadChanged.class);
  public static final EventType<LeadChanged> LEAD_EXPIRED =
      EventType.of(SERVICE, "lead-expired", LeadChanged.class);
  public static final EventType<ConflictRaised> CONFLICT_RAISED =
      EventType.of(SERVICE, "conflict-raised", ConflictRaised.class);
  public static final EventType<OverSolicitationRefused> OVER_SOLICITATION_REFUSED =
      EventType.of(SERVICE, "over-solicitation-refused", OverSolicitationRefused.class);
  public static final EventType<JointActionHeld> JOINT_ACTION_HELD =
      EventType.of(SERVICE, "joint-action-held", JointActionHeld.class);
  public static final EventType<OpeningDetails> OPENING_PUBLISHED =
      EventType.of(SERVICE, "opening-published", OpeningDetails.class);
  public static final EventType<OpeningDetails> OPENING_FILLED =
      EventType.of(SERVICE, "opening-filled", OpeningDetails.class);
  public static final EventType<OpeningDetails> OPENING_CLOSED =
      EventType.of(SERVICE, "opening-closed", OpeningDetails.class);
  public static final EventType<OpeningDetails> OPENING_EXPIRED =
      EventType.of(SERVICE, "opening-expired", OpeningDetails.class);

  public static final List<EventType<?>> ALL =
      List.of(
          EMPLOYER_REGISTERED,
          CONTACT_RECORDED,
          LEAD_TAKEN,
          LEAD_RELEASED,
          LEAD_HANDED_OVER,
          LEAD_EXPIRED,
          CONFLICT_RAISED,
          OVER_SOLICITATION_REFUSED,
          JOINT_ACTION_HELD,
          OPENING_PUBLISHED,
          OPENING_FILLED,
          OPENING_CLOSED,
          OPENING_EXPIRED);

  private ProspectionEvents() {}
}
