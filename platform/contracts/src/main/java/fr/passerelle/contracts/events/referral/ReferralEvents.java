package fr.passerelle.contracts.events.referral;

import fr.passerelle.contracts.events.EventType;
import java.util.List;

/**
 * Every event the referral service publishes, on topic {@code passerelle.referral.v1}, keyed by the
 * referral id (an orientation's by the orientation id). They carry the pseudonymous person id,
 * never a name, a contact or a birth date. Schemas: this module's {@code
 * src/main/resources/events/}; catalog: docs/events/README.md.
 */
public final class ReferralEvents {

  public static final String SERVICE = "referral";
  public static final String TOPIC = EventType.topicOf(SERVICE);

  public static final EventType<ReferralSubmitted> SUBMITTED =
      EventType.of(SERVICE, "referral-submitted", ReferralSubmitted.class);
  public static final EventType<StatusChanged> STATUS_CHANGED =
      EventType.of(SERVICE, "status-changed", StatusChanged.class);
  public static final EventType<ReferralTransferred> TRANSFERRED =
      EventType.of(SERVICE, "referral-transferred", ReferralTransferred.class);
  public static final EventType<MilestoneRecorded> MILESTONE_RECORDED =
      EventType.of(SERVICE, "milestone-recorded", MilestoneRecorded.class);
  public static final EventType<ReminderDue> REMINDER_DUE =
      EventType.of(SERVICE, "reminder-due", ReminderDue.class);
  public static final EventType<ReferralAnonymised> ANONYMISED =
      EventType.of(SERVICE, "referral-anonymised", ReferralAnonymised.class);

  /** Keyed by the orientation id. */
  public static final EventType<OrientationChanged> ORIENTATION_CHANGED =
      EventType.of(SERVICE, "orientation-changed", OrientationChanged.class);

  public static final List<EventType<?>> ALL =
      List.of(
          SUBMITTED,
          STATUS_CHANGED,
          TRANSFERRED,
          MILESTONE_RECORDED,
          REMINDER_DUE,
          ANONYMISED,
          ORIENTATION_CHANGED);

  private ReferralEvents() {}
}
