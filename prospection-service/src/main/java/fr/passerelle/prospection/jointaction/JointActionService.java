package fr.passerelle.prospection.jointaction;

import fr.passerelle.contracts.events.prospection.JointActionHeld;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.prospection.employer.EmployerScope;
import fr.passerelle.prospection.jointaction.JointActionApi.JointActionView;
import fr.passerelle.prospection.jointaction.JointActionApi.RecordJointAction;
import fr.passerelle.prospection.territory.KnownAgency;
import fr.passerelle.prospection.territory.KnownSite;
import fr.passerelle.prospection.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Employer events both networks organised together, recorded once held, in the department of their
 * commune: organised by at least one E2C site and one Pôle emploi agency (that is what makes them
 * joint), with employers of the caller's territory, and a count of the young people who came.
 */
@ApplicationScoped
public class JointActionService {

  private static final Logger LOG = Logger.getLogger(JointActionService.class);
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final Territory territory;
  private final JointActionScope scope;
  private final EmployerScope employers;
  private final CommuneDirectory communes;
  private final Outbox outbox;
  private final Clock clock;

  JointActionService(
      Territory territory,
      JointActionScope scope,
      EmployerScope employers,
      CommuneDirectory communes,
      Outbox outbox,
      Clock clock) {
    this.territory = territory;
    this.scope = scope;
    this.employers = employers;
    this.communes = communes;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * @throws RuleViolationException (422) for a day in the future, an unknown commune or one outside
   *     the caller's territory, a site or an agency the directory never published
   */
  @Transactional
  public JointActionView record(RecordJointAction request) {
    territory.requireNetwork();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (request.heldOn().isAfter(LocalDate.ofInstant(now, FRANCE))) {
      throw new RuleViolationException(
          "date-in-future", "a joint action is recorded once held: heldOn is today or before");
    }
    Commune commune =
        communes
            .byInseeCode(request.communeCode())
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "unknown-commune", "no current French commune has this INSEE code"));
    if (!territory.covers(commune.departmentCode())) {
      throw new RuleViolationException(
          "outside-territory",
          "the commune is in department "
              + commune.departmentCode()
              + ", outside the caller's territory");
    }
    List<UUID> sites = request.siteIds().stream().distinct().toList();
    for (UUID site : sites) {
      if (KnownSite.findById(site) == null) {
        throw new RuleViolationException(
            "unknown-site", "site " + site + " is not an E2C site the directory published");
      }
    }
    List<String> agencies = request.agencySafirs().stream().distinct().toList();
    for (String safir : agencies) {
      if (KnownAgency.findById(safir) == null) {
        throw new RuleViolationException(
            "unknown-agency",
            "SAFIR " + safir + " is not a Pôle emploi agency the directory published");
      }
    }
    List<UUID> taking = request.employerIds().stream().distinct().toList();
    taking.forEach(employers::visible); // 404 for an employer outside the caller's territory
    JointAction action = new JointAction();
    action.id = UUID.randomUUID();
    action.kind = request.kind();
    action.title = request.title().strip();
    action.heldOn = request.heldOn();
    action.communeCode = commune.inseeCode();
    action.departmentCode = commune.departmentCode();
    action.siteIds = sites;
    action.agencySafirs = agencies;
    action.employerIds = taking;
    action.youngPeopleCount = request.youngPeopleCount();
    action.recordedBy = territory.officer();
    action.createdAt = now;
    action.persist();
    outbox.publish(
        ProspectionEvents.JOINT_ACTION_HELD,
        action.id,
        new JointActionHeld(
            action.id,
            action.kind.name(),
            action.heldOn,
            action.departmentCode,
            action.siteIds,
            action.agencySafirs,
            action.employerIds.size(),
            action.youngPeopleCount));
    LOG.infof(
        "Joint action %s (%s) held on %s in department %s",
        action.id, action.kind, action.heldOn, action.departmentCode);
    return JointActionView.of(action);
  }

  @Transactional
  public JointActionView get(UUID id) {
    return JointActionView.of(scope.visible(id));
  }

  /** By day then id, within the caller's territory. */
  @Transactional
  public Page<JointActionView> list(JointActionFilter filter, PageRequest page) {
    return KeysetPage.of(JointAction.class, "a")
        .where(territory.condition("a.departmentCode"), territory.parameter())
        .whereEquals("a.departmentCode", filter.department())
        .where("a.heldOn >= :from", "from", filter.from())
        .where("a.heldOn <= :to", "to", filter.to())
        .orderBy(SortKey.date("a.heldOn", a -> a.heldOn), SortKey.uuid("a.id", a -> a.id))
        .fetch(page)
        .map(JointActionView::of);
  }
}
