package fr.passerelle.referral.privacy;

import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.referral.dossier.Action;
import fr.passerelle.referral.dossier.Referral;
import fr.passerelle.referral.dossier.WithdrawalReason;
import fr.passerelle.referral.path.PathService;
import fr.passerelle.referral.privacy.PrivacyApi.AccessView;
import fr.passerelle.referral.privacy.PrivacyApi.ErasureResult;
import fr.passerelle.referral.privacy.PrivacyApi.PersonLookup;
import fr.passerelle.referral.privacy.PrivacyApi.PersonReferral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The data-protection officer's operations: the right of erasure and the access log. */
@ApplicationScoped
public class PrivacyService {

  private static final Logger LOG = Logger.getLogger(PrivacyService.class);

  private final Caller caller;
  private final PathService path;
  private final Anonymiser anonymiser;
  private final PersonalDataReads personalDataReads;
  private final People people;
  private final Clock clock;

  PrivacyService(
      Caller caller,
      PathService path,
      Anonymiser anonymiser,
      PersonalDataReads personalDataReads,
      People people,
      Clock clock) {
    this.caller = caller;
    this.path = path;
    this.anonymiser = anonymiser;
    this.personalDataReads = personalDataReads;
    this.people = people;
    this.clock = clock;
  }

  /**
   * Every referral of the person found by the lookup's one criterion (an externalRef leads to its
   * referrals' people), oldest first, without their content. The answer tells that the person was
   * referred, so it is written to the access log like any read of personal data.
   *
   * @throws InvalidRequestException (400) unless exactly one criterion is given
   */
  @Transactional
  public Page<PersonReferral> lookUp(PersonLookup lookup, PageRequest page) {
    if (!lookup.hasOneCriterion()) {
      throw new InvalidRequestException(
          "lookup", "give exactly one of externalRef, personId, identity");
    }
    KeysetPage<Referral> referrals = KeysetPage.of(Referral.class, "r");
    if (lookup.externalRef() != null) {
      referrals.where(
          "r.personId in (select x.personId from Referral x where x.externalRef = :ref)",
          "ref",
          lookup.externalRef());
    } else if (lookup.personId() != null) {
      referrals.whereEquals("r.personId", lookup.personId());
    } else {
      var identity = lookup.identity();
      var person = people.find(identity.firstName(), identity.lastName(), identity.birthDate());
      if (person.isEmpty()) {
        return new Page<>(List.of(), null);
      }
      referrals.whereEquals("r.personId", person.get());
    }
    Page<Referral> found =
        referrals
            .orderBy(
                SortKey.instant("r.submittedAt", r -> r.submittedAt),
                SortKey.uuid("r.id", r -> r.id))
            .fetch(page);
    personalDataReads.read(found.items().stream().map(r -> r.id).toList(), "look up a person");
    return found.map(PersonReferral::of);
  }

  /**
   * Erases the person of this referral: every referral of theirs (same pseudonymous id) is
   * anonymised, one still open being first withdrawn (its seat given back).
   */
  @Transactional
  public ErasureResult erase(UUID referralId, String reason) {
    Referral referral = Referral.require(referralId);
    List<Referral> referrals =
        Referral.<Referral>find("personId = ?1 order by submittedAt", referral.personId)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list();
    for (Referral each : referrals) {
      if (Action.WITHDRAW.isAllowedFrom(each.status)) {
        path.actAsSystem(
            each,
            Action.WITHDRAW,
            WithdrawalReason.ERASURE_REQUESTED.name(),
            (r, now) -> r.withdraw(WithdrawalReason.ERASURE_REQUESTED, now));
      }
      anonymiser.anonymise(each, "ERASURE");
    }
    Erasure erasure = new Erasure();
    erasure.id = UUID.randomUUID();
    erasure.personId = referral.personId;
    erasure.referralIds = referrals.stream().map(r -> r.id).toList();
    erasure.requestedBy = caller.actor();
    erasure.reason = reason;
    erasure.erasedAt = clock.instant();
    erasure.persist();
    LOG.infof("Erasure %s: %d referral(s) anonymised", erasure.id, referrals.size());
    return new ErasureResult(erasure.id, erasure.referralIds, erasure.erasedAt);
  }

  @Transactional
  public Page<AccessView> accessLog(UUID referralId, PageRequest page) {
    Referral.require(referralId);
    Page<AccessView> reads =
        KeysetPage.of(PersonalDataRead.class, "a")
            .whereEquals("a.referralId", referralId)
            .orderBy(SortKey.number("a.id", a -> a.id))
            .fetch(page)
            .map(AccessView::of);
    // Who read who read: the log's own reading is logged, after this page was read.
    personalDataReads.read(referralId, "read access log");
    return reads;
  }
}
