package fr.passerelle.referral.submission;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.access.Side;
import fr.passerelle.referral.agency.ActingAgency;
import fr.passerelle.referral.booking.SeatBooking;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.dossier.ReferralApi.Diagnostic;
import fr.passerelle.referral.dossier.ReferralApi.ReferralView;
import fr.passerelle.referral.dossier.ReferralApi.YoungPerson;
import fr.passerelle.referral.orientation.OrientationService;
import fr.passerelle.referral.path.PathJournal;
import fr.passerelle.referral.privacy.People;
import fr.passerelle.referral.site.KnownSite;
import fr.passerelle.referral.site.KnownSites;
import fr.passerelle.referral.submission.Eligibility.UnmetRule;
import fr.passerelle.referral.submission.SubmissionApi.SubmitReferral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Takes a referral from an advisor or from the Pôle emploi system: checks who submits for which
 * agency, the site, eligibility (or its justified override), books the session seat if one is
 * named, and journals the submission, all in one transaction.
 */
@ApplicationScoped
public class SubmissionService {

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final String EXTERNAL_REF_KEY = "referral_external_ref_per_namespace";

  private final Caller caller;
  private final ReferralScope scope;
  private final KnownSites sites;
  private final ActingAgency actingAgency;
  private final Eligibility eligibility;
  private final People people;
  private final SeatBooking seats;
  private final PathJournal journal;
  private final OrientationService orientations;
  private final Clock clock;

  SubmissionService(
      Caller caller,
      ReferralScope scope,
      KnownSites sites,
      ActingAgency actingAgency,
      Eligibility eligibility,
      People people,
      SeatBooking seats,
      PathJournal journal,
      OrientationService orientations,
      Clock clock) {
    this.caller = caller;
    this.scope = scope;
    this.sites = sites;
    this.actingAgency = actingAgency;
    this.eligibility = eligibility;
    this.people = people;
    this.seats = seats;
    this.journal = journal;
    this.orientations = orientations;
    this.clock = clock;
  }

  /**
   * @throws DuplicateSubmissionException (409) when this client already used the externalRef
   * @throws RuleViolationException (422) for an ineligible young person without override, an
   *     inactive site or a missing agency
   */
  @Transactional
  public Versioned<ReferralView> submit(SubmitReferral request) {
    boolean bySystem = caller.is(Roles.PE_SYSTEM);
    String clientId = caller.clientId();
    if (bySystem && request.externalRef() == null) {
      throw new RuleViolationException(
          "external-ref-required", "the Pôle emploi system must give its externalRef");
    }
    String agency = actingAgency.resolve(request.agencySafir());
    String namespace = bySystem ? clientId : clientId + "@" + agency;
    if (request.externalRef() != null) {
      refuseDuplicate(namespace, request.externalRef());
    }
    KnownSite site = sites.requireActive(request.siteId());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, FRANCE);
    List<UnmetRule> unmet =
        eligibility.unmetRules(request.youngPerson(), request.diagnostic(), today);
    if (!unmet.isEmpty() && request.eligibilityOverride() == null) {
      throw new RuleViolationException(
          "not-eligible",
          "the young person does not meet "
              + unmet.size()
              + " eligibility rule(s); an advisor may override them with a justification",
          Map.of("reasons", unmet));
    }

    Referral referral = Referral.submitted(UUID.randomUUID(), now);
    referral.submittedBy = caller.actor();
    referral.submittedVia = bySystem ? "PE_SYSTEM" : "ADVISOR";
    referral.clientId = clientId;
    referral.externalRef = request.externalRef();
    referral.externalRefNamespace = namespace;
    referral.agencySafir = agency;
    referral.siteId = site.siteId;
    fill(referral, request.youngPerson(), today);
    fill(referral, request.diagnostic());
    referral.consentGivenOn = request.consent().givenOn();
    referral.consentMethod = request.consent().method();
    referral.overriddenRules = unmet.stream().map(UnmetRule::rule).toList();
    referral.overrideJustification =
        unmet.isEmpty() ? null : request.eligibilityOverride().justification();
    save(referral);
    if (request.sessionId() != null) {
      referral.sessionStartsAt = seats.book(request.sessionId(), referral.id, referral.siteId);
      referral.sessionId = request.sessionId();
    }
    if (request.orientationId() != null) {
      orientations.converted(request.orientationId(), referral.id);
    }
    journal.submitted(referral, caller.actor());
    return ReferralView.versioned(referral, Side.PE);
  }

  /** 409 naming the first referral, which the caller sees: its namespace is the caller's. */
  private void refuseDuplicate(String namespace, String externalRef) {
    Referral existing =
        Referral.find("externalRefNamespace = ?1 and externalRef = ?2", namespace, externalRef)
            .firstResult();
    if (existing == null) {
      return;
    }
    if (!scope.sees(existing)) {
      throw new ConflictException("a referral with this externalRef was already submitted");
    }
    throw new DuplicateSubmissionException(externalRef, existing.id);
  }

  private void fill(Referral referral, YoungPerson person, LocalDate today) {
    referral.personId = people.personId(person.firstName(), person.lastName(), person.birthDate());
    referral.firstName = person.firstName();
    referral.lastName = person.lastName();
    referral.birthDate = person.birthDate();
    referral.phone = person.contact().phone();
    referral.email = person.contact().email();
    referral.preferredChannel = person.contact().preferredChannel();
    referral.communeCode = person.communeCode();
    referral.departmentCode = departmentOf(person.communeCode());
    referral.franceTravailId = person.franceTravailId();
    referral.ageAtSubmission = Eligibility.ageOn(person.birthDate(), today);
    referral.highestQualification = person.highestQualification();
    referral.activity = person.activity();
  }

  private static void fill(Referral referral, Diagnostic diagnostic) {
    referral.barriers = diagnostic.barriers().stream().distinct().map(Enum::name).toList();
    referral.diagnosticSummary = diagnostic.summary();
    referral.projectIdea = diagnostic.projectIdea();
    referral.romeCodes = diagnostic.romeCodes() == null ? List.of() : diagnostic.romeCodes();
  }

  /** Overseas communes (97x, 98x) have 3-digit departments. */
  static String departmentOf(String communeCode) {
    return communeCode.startsWith("97") || communeCode.startsWith("98")
        ? communeCode.substring(0, 3)
        : communeCode.substring(0, 2);
  }

  /** The check above misses a twin submission committed meanwhile; the unique key does not. */
  private static void save(Referral referral) {
    try {
      referral.persistAndFlush();
    } catch (ConstraintViolationException e) {
      if (!EXTERNAL_REF_KEY.equals(e.getConstraintName())) {
        throw e;
      }
      throw new ConflictException("a referral with this externalRef is being submitted");
    }
  }
}
