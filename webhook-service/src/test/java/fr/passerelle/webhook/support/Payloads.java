package fr.passerelle.webhook.support;

import fr.passerelle.contracts.events.directory.AgencyUpserted;
import fr.passerelle.contracts.events.directory.SiteClosed;
import fr.passerelle.contracts.events.prospection.EmployerRegistered;
import fr.passerelle.contracts.events.referral.ReferralSubmitted;
import fr.passerelle.contracts.events.referral.StatusChanged;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Payloads of the events the tests publish, valid against their schemas. */
public final class Payloads {

  private static final UUID SCHOOL = UUID.fromString("0a5c1e2d-3b4f-4a6e-8c7d-9e0f1a2b3c4d");
  private static final UUID SITE = UUID.fromString("1b6d2f3e-4c5a-4b7f-9d8e-0f1a2b3c4d5e");
  private static final UUID PERSON = UUID.fromString("2c7e3a4f-5d6b-4c8a-8e9f-1a2b3c4d5e6f");

  private Payloads() {}

  public static SiteClosed siteClosed(UUID siteId) {
    return new SiteClosed(siteId, SCHOOL, "59", "32", now());
  }

  public static AgencyUpserted agency(UUID agencyId) {
    return new AgencyUpserted(agencyId, "59021", "Agence de Lille Centre", "59350", "59", "32");
  }

  public static ReferralSubmitted referralSubmitted(UUID referralId, String clientId) {
    return new ReferralSubmitted(
        referralId,
        PERSON,
        SITE,
        "59021",
        "59",
        "API",
        19,
        "NONE",
        List.of(),
        List.of(),
        now(),
        clientId);
  }

  public static StatusChanged invited(UUID referralId) {
    return new StatusChanged(
        referralId,
        PERSON,
        SITE,
        "59021",
        "INVITE",
        "SUBMITTED",
        "INVITED",
        "E2C",
        null,
        null,
        null,
        now());
  }

  public static EmployerRegistered employer(UUID employerId) {
    return new EmployerRegistered(
        employerId, "356000000", "8559A", null, "59350", "59", "32", "PE", now());
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
