package fr.passerelle.reporting.actionplan;

import fr.passerelle.platform.web.etag.EntityTags;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.pagination.KeysetPage;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.reporting.actionplan.ActionPlanApi.CommitmentRequest;
import fr.passerelle.reporting.actionplan.ActionPlanApi.CommitmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The agreement's action plan: its commitments, written by steering, read by every role of the
 * agreement; whether one is late is computed on the day it is read (Europe/Paris).
 */
@ApplicationScoped
public class ActionPlanService {

  private static final Logger LOG = Logger.getLogger(ActionPlanService.class);
  private static final ZoneId AGREEMENT_ZONE = ZoneId.of("Europe/Paris");
  private static final List<CommitmentStatus> OPEN =
      List.of(CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS);

  private final Clock clock;

  ActionPlanService(Clock clock) {
    this.clock = clock;
  }

  @Transactional
  public Versioned<CommitmentView> create(CommitmentRequest request) {
    requireOneTerritory(request);
    Instant now = now();
    Commitment commitment = new Commitment();
    commitment.id = UUID.randomUUID();
    commitment.createdAt = now;
    write(commitment, request, now);
    commitment.persistAndFlush();
    LOG.infof("Commitment %s added to the action plan", commitment.id);
    return versioned(commitment);
  }

  @Transactional
  public Versioned<CommitmentView> get(UUID id) {
    return versioned(require(id, LockModeType.NONE));
  }

  /** By due date then id. */
  @Transactional
  public Page<CommitmentView> list(ActionPlanFilter filter, PageRequest page) {
    LocalDate today = today();
    KeysetPage<Commitment> commitments =
        KeysetPage.of(Commitment.class, "c")
            .whereEquals("c.status", filter.status())
            .whereEquals("c.departmentCode", filter.department())
            .whereEquals("c.regionCode", filter.region());
    if (filter.late() != null) {
      String late = "(c.status in :openStatuses and c.dueOn < :today)";
      commitments.where(
          filter.late() ? late : "not " + late, Map.of("openStatuses", OPEN, "today", today));
    }
    return commitments
        .orderBy(SortKey.date("c.dueOn", c -> c.dueOn), SortKey.uuid("c.id", c -> c.id))
        .fetch(page)
        .map(c -> CommitmentView.of(c, today));
  }

  /**
   * Replaces the document; If-Match required.
   *
   * @throws fr.passerelle.platform.web.problem.PreconditionRequiredException (428) without If-Match
   * @throws fr.passerelle.platform.web.problem.StaleVersionException (412) when stale
   */
  @Transactional
  public Versioned<CommitmentView> update(UUID id, String ifMatch, CommitmentRequest request) {
    Commitment commitment = require(id, LockModeType.PESSIMISTIC_WRITE);
    EntityTags.requireMatch(ifMatch, commitment.version, "commitment", id);
    requireOneTerritory(request);
    CommitmentStatus before = commitment.status;
    write(commitment, request, now());
    Commitment.getEntityManager().flush();
    LOG.infof("Commitment %s updated (%s → %s)", commitment.id, before, commitment.status);
    return versioned(commitment);
  }

  private static Commitment require(UUID id, LockModeType lock) {
    return ResourceNotFoundException.unlessNull(Commitment.findById(id, lock), "commitment", id);
  }

  private static void requireOneTerritory(CommitmentRequest request) {
    if (request.departmentCode() != null && request.regionCode() != null) {
      throw new InvalidRequestException(
          "regionCode", "must be absent when departmentCode is given: one territory at most");
    }
  }

  private static void write(Commitment commitment, CommitmentRequest request, Instant now) {
    commitment.title = request.title().strip();
    commitment.description = blankToNull(request.description());
    commitment.owner = request.owner().strip();
    commitment.dueOn = request.dueOn();
    commitment.status = request.status();
    commitment.indicator = request.indicator();
    commitment.departmentCode = request.departmentCode();
    commitment.regionCode = request.regionCode();
    commitment.updatedAt = now;
  }

  private Versioned<CommitmentView> versioned(Commitment commitment) {
    return new Versioned<>(CommitmentView.of(commitment, today()), commitment.version);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), AGREEMENT_ZONE);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
