package fr.passerelle.reporting.support;

import fr.passerelle.contracts.events.referral.MilestoneRecorded;
import fr.passerelle.contracts.events.referral.OrientationChanged;
import fr.passerelle.contracts.events.referral.ReferralEvents;
import fr.passerelle.contracts.events.referral.ReferralSubmitted;
import fr.passerelle.contracts.events.referral.ReferralTransferred;
import fr.passerelle.contracts.events.referral.StatusChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Referral paths as the referral service publishes them, at given times (France's time, {@code
 * 2026-03-02T10:00}), for one site and agency.
 */
public final class Paths {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final Published published;
  private final UUID site;
  private final String agency;

  public Paths(Published published, UUID site, String agency) {
    this.published = published;
    this.site = site;
    this.agency = agency;
  }

  public static Instant at(String franceTime) {
    return LocalDateTime.parse(franceTime).atZone(FRANCE).toInstant();
  }

  public UUID submitted(String at, String... overriddenRules) {
    UUID referral = UUID.randomUUID();
    published.event(
        ReferralEvents.SUBMITTED,
        referral,
        new ReferralSubmitted(
            referral,
            UUID.randomUUID(),
            site,
            agency,
            "59",
            "API",
            19,
            "NONE",
            List.of("MOBILITY"),
            List.of(overriddenRules),
            at(at),
            null));
    return referral;
  }

  public String moved(UUID referral, String action, String toStatus, String at) {
    return moved(referral, action, toStatus, at, null, null, null);
  }

  public String moved(
      UUID referral,
      String action,
      String toStatus,
      String at,
      String reason,
      String outcome,
      Boolean positiveExit) {
    return published.event(
        ReferralEvents.STATUS_CHANGED,
        referral,
        new StatusChanged(
            referral,
            UUID.randomUUID(),
            site,
            agency,
            action,
            null,
            toStatus,
            action.equals("WITHDRAW") ? "PE" : "E2C",
            reason,
            outcome,
            positiveExit,
            at(at)));
  }

  /** The referral, submitted to another site, moves to this one. */
  public void transferredHere(UUID referral, UUID fromSite, String at) {
    published.event(
        ReferralEvents.TRANSFERRED,
        referral,
        new ReferralTransferred(
            referral, UUID.randomUUID(), fromSite, site, "UNDER_REVIEW", at(at)));
  }

  public void milestone(UUID referral, String kind, String employerSiret, String startsOn) {
    published.event(
        ReferralEvents.MILESTONE_RECORDED,
        referral,
        new MilestoneRecorded(
            referral,
            UUID.randomUUID(),
            site,
            UUID.randomUUID(),
            kind,
            employerSiret,
            LocalDate.parse(startsOn),
            null));
  }

  public void oriented(String at) {
    UUID orientation = UUID.randomUUID();
    published.event(
        ReferralEvents.ORIENTATION_CHANGED,
        orientation,
        new OrientationChanged(
            orientation,
            OrientationChanged.Change.BOOKED,
            agency,
            "59",
            site,
            UUID.randomUUID(),
            null,
            at(at),
            null));
  }

  public Paths at(UUID otherSite) {
    return new Paths(published, otherSite, agency);
  }
}
