package fr.passerelle.reporting.projection;

import static fr.passerelle.reporting.projection.FactTable.column;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One event of a referral's path: its submission ({@code SUBMITTED}), a move ({@code STATUS}, with
 * the action and the coded reason), a transfer ({@code TRANSFERRED}, to the site) or a milestone
 * ({@code MILESTONE}).
 */
public record ReferralFact(
    String eventId,
    UUID referralId,
    Kind kind,
    OffsetDateTime occurredAt,
    UUID siteId,
    String agencySafir,
    String action,
    String toStatus,
    String reasonCode,
    String outcome,
    Boolean positiveExit,
    String milestoneKind,
    String employerSiret,
    int overriddenRules)
    implements Fact {

  /** What the event was. */
  public enum Kind {
    SUBMITTED,
    STATUS,
    TRANSFERRED,
    MILESTONE
  }

  static final FactTable<ReferralFact> TABLE =
      FactTable.facts(
          "referral_event",
          List.of(
              column("event_id", ReferralFact::eventId),
              column("referral_id", ReferralFact::referralId),
              column("kind", fact -> fact.kind().name()),
              column("occurred_at", ReferralFact::occurredAt),
              column("site_id", ReferralFact::siteId),
              column("agency_safir", ReferralFact::agencySafir),
              column("action", ReferralFact::action),
              column("to_status", ReferralFact::toStatus),
              column("reason_code", ReferralFact::reasonCode),
              column("outcome", ReferralFact::outcome),
              column("positive_exit", ReferralFact::positiveExit),
              column("milestone_kind", ReferralFact::milestoneKind),
              column("employer_siret", ReferralFact::employerSiret),
              column("overridden_rules", ReferralFact::overriddenRules)));

  @Override
  public FactTable<ReferralFact> table() {
    return TABLE;
  }
}
