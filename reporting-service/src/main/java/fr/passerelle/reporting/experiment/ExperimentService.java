package fr.passerelle.reporting.experiment;

import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.reporting.experiment.ExperimentApi.ExperimentRequest;
import fr.passerelle.reporting.experiment.ExperimentApi.ExperimentView;
import fr.passerelle.reporting.experiment.ExperimentApi.ReviewRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The register of local experiments: proposed and updated by the advisors and E2C staff of their
 * territory (and by steering), reviewed by steering; each read and change within the caller's
 * {@link ExperimentScope}.
 */
@ApplicationScoped
public class ExperimentService {

  private static final Logger LOG = Logger.getLogger(ExperimentService.class);

  private final ExperimentScope scope;
  private final Caller caller;
  private final Clock clock;

  ExperimentService(ExperimentScope scope, Caller caller, Clock clock) {
    this.scope = scope;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * A new experiment, PROPOSED.
   *
   * @throws RuleViolationException (422) for a territory outside the caller's, or dates in the
   *     wrong order
   */
  @Transactional
  public Versioned<ExperimentView> propose(ExperimentRequest request) {
    Territory territory = territoryOf(request);
    scope.requireMayName(Territory.NONE, territory);
    Instant now = now();
    Experiment experiment = Experiment.propose(UUID.randomUUID(), caller.actor(), now);
    write(experiment, request, territory, now);
    experiment.persistAndFlush();
    LOG.infof("Experiment %s proposed", experiment.id);
    return versioned(experiment);
  }

  @Transactional
  public Versioned<ExperimentView> get(UUID id) {
    return versioned(scope.visible(id));
  }

  /** The experiments the caller sees, by first day then id. */
  @Transactional
  public Page<ExperimentView> list(ExperimentFilter filter, PageRequest page) {
    KeysetPage<Experiment> experiments = KeysetPage.of(Experiment.class, "e");
    String scopeCondition = scope.condition("e");
    if (scopeCondition != null) {
      experiments.where(scopeCondition, scope.parameters());
    }
    return experiments
        .whereEquals("e.status", filter.status())
        .where("array_contains(e.departmentCodes, :department)", "department", filter.department())
        .where("array_contains(e.siteIds, :site)", "site", filter.site())
        .where("array_contains(e.agencySafirs, :agency)", "agency", filter.agency())
        .where("e.startsOn <= :activeOn and e.endsOn >= :activeOn", "activeOn", filter.activeOn())
        .orderBy(SortKey.date("e.startsOn", e -> e.startsOn), SortKey.uuid("e.id", e -> e.id))
        .fetch(page)
        .map(ExperimentView::of);
  }

  /**
   * Replaces the document; If-Match required.
   *
   * @throws fr.passerelle.platform.web.problem.PreconditionRequiredException (428) without If-Match
   * @throws fr.passerelle.platform.web.problem.StaleVersionException (412) when stale
   */
  @Transactional
  public Versioned<ExperimentView> update(UUID id, String ifMatch, ExperimentRequest request) {
    Experiment experiment = scope.visibleForUpdate(id);
    EntityTags.requireMatch(ifMatch, experiment.version, "experiment", id);
    Territory territory = territoryOf(request);
    scope.requireMayName(Territory.of(experiment), territory);
    write(experiment, request, territory, now());
    Experiment.getEntityManager().flush();
    LOG.infof("Experiment %s updated", experiment.id);
    return versioned(experiment);
  }

  /**
   * Steering's review; If-Match optional (412 when sent and stale).
   *
   * @throws RuleViolationException (422 {@code experiment-transition-not-allowed})
   */
  @Transactional
  public Versioned<ExperimentView> review(UUID id, String ifMatch, ReviewRequest request) {
    Experiment experiment = scope.visibleForUpdate(id);
    EntityTags.checkIfGiven(ifMatch, experiment.version, "experiment", id);
    ExperimentStatus from = experiment.status;
    experiment.review(request.status(), blankToNull(request.note()), caller.actor(), now());
    Experiment.getEntityManager().flush();
    LOG.infof("Experiment %s reviewed: %s → %s", experiment.id, from, experiment.status);
    return versioned(experiment);
  }

  /**
   * Where and when the experiment happens, for its indicators (its comparison with the rest of the
   * country and with the year before).
   *
   * @throws fr.passerelle.platform.web.problem.OutOfScopeException (404) outside the caller's scope
   */
  @Transactional
  public ExperimentTerritory territoryOf(UUID id) {
    return ExperimentTerritory.of(scope.visible(id));
  }

  private static Territory territoryOf(ExperimentRequest request) {
    Territory territory = request.territory().toTerritory();
    if (territory.isEmpty()) {
      throw new InvalidRequestException(
          "territory", "must name at least one department, site or agency");
    }
    return territory;
  }

  private static void write(
      Experiment experiment, ExperimentRequest request, Territory territory, Instant now) {
    if (request.endsOn().isBefore(request.startsOn())) {
      throw new RuleViolationException(
          "experiment-ends-before-start", "endsOn must be on or after startsOn");
    }
    experiment.title = request.title().strip();
    experiment.description = request.description().strip();
    territory.applyTo(experiment);
    experiment.partners =
        request.partners() == null
            ? new ArrayList<>()
            : new ArrayList<>(
                new LinkedHashSet<>(request.partners().stream().map(String::strip).toList()));
    experiment.responsible = request.responsible().strip();
    experiment.startsOn = request.startsOn();
    experiment.endsOn = request.endsOn();
    experiment.objectives =
        new ArrayList<>(
            new LinkedHashSet<>(request.objectives().stream().map(Enum::name).toList()));
    experiment.evaluationNotes = blankToNull(request.evaluationNotes());
    experiment.updatedAt = now;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Versioned<ExperimentView> versioned(Experiment experiment) {
    return new Versioned<>(ExperimentView.of(experiment), experiment.version);
  }
}
