package fr.passerelle.reporting.projection;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Builds a {@link ReferralFact}: each event fills what it knows. */
final class ReferralFacts {

  private final String eventId;
  private final UUID referralId;
  private final ReferralFact.Kind kind;
  private final OffsetDateTime occurredAt;
  private UUID siteId;
  private String agencySafir;
  private String action;
  private String toStatus;
  private String reasonCode;
  private String outcome;
  private Boolean positiveExit;
  private String milestoneKind;
  private String employerSiret;
  private int overriddenRules;

  ReferralFacts(
      String eventId, UUID referralId, ReferralFact.Kind kind, OffsetDateTime occurredAt) {
    this.eventId = eventId;
    this.referralId = referralId;
    this.kind = kind;
    this.occurredAt = occurredAt;
  }

  ReferralFacts site(UUID siteId, String agencySafir) {
    this.siteId = siteId;
    this.agencySafir = agencySafir;
    return this;
  }

  ReferralFacts move(String action, String toStatus, String reasonCode) {
    this.action = action;
    this.toStatus = toStatus;
    this.reasonCode = reasonCode;
    return this;
  }

  ReferralFacts exit(String outcome, Boolean positiveExit) {
    this.outcome = outcome;
    this.positiveExit = positiveExit;
    return this;
  }

  ReferralFacts milestone(String kind, String employerSiret) {
    this.milestoneKind = kind;
    this.employerSiret = employerSiret;
    return this;
  }

  ReferralFacts overriddenRules(int count) {
    this.overriddenRules = count;
    return this;
  }

  ReferralFact build() {
    return new ReferralFact(
        eventId,
        referralId,
        kind,
        occurredAt,
        siteId,
        agencySafir,
        action,
        toStatus,
        reasonCode,
        outcome,
        positiveExit,
        milestoneKind,
        employerSiret,
        overriddenRules);
  }
}
