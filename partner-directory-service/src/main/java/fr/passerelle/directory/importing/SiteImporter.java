package fr.passerelle.directory.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.directory.school.LabelStatus;
import fr.passerelle.directory.school.School;
import fr.passerelle.directory.site.Site;
import fr.passerelle.directory.site.SiteApi.SiteRequest;
import fr.passerelle.directory.site.SiteService;
import fr.passerelle.directory.site.SiteStatus;
import fr.passerelle.platform.geo.Locator;
import fr.passerelle.platform.identifiers.FrenchIdentifiers;
import fr.passerelle.platform.web.problem.RuleViolationException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Reader;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Bulk upsert of sites by their code. The whole file is applied in one transaction: a rejected row
 * is reported and skipped, but a fault of the file (broken CSV, lost database) rolls back every
 * row, so that nothing is half-imported. The rows are applied {@value #CHUNK} at a time: one query
 * for the chunk's existing sites, batched inserts and updates, one batch of events; progress is
 * committed apart after each chunk, for callers polling the job.
 */
@ApplicationScoped
public class SiteImporter {

  private static final Logger LOG = Logger.getLogger(SiteImporter.class);

  /** Rows applied at a time: read, checked, upserted in batches, then progress is committed. */
  private static final int CHUNK = 500;

  private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(30);

  private final SiteService sites;
  private final Locator locator;
  private final Validator validator;
  private final ObjectMapper mapper;

  /** One import at a time: they are rare, large, and each holds one long transaction. */
  private final ExecutorService executor = Executors.newSingleThreadExecutor(SiteImporter::thread);

  private final Clock clock;

  SiteImporter(
      SiteService sites, Locator locator, Validator validator, ObjectMapper mapper, Clock clock) {
    this.sites = sites;
    this.locator = locator;
    this.validator = validator;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Records the job and runs it in the background; the caller polls the job. */
  public UUID start(ImportJob.Format format, Supplier<Reader> file, String actor) {
    ImportJob job =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  ImportJob started = ImportJob.start(format, actor, clock.instant());
                  started.persist();
                  return started;
                });
    LOG.infof("Import %s of %s started", job.id, format);
    executor.execute(() -> run(job.id, format, file));
    return job.id;
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  private static Thread thread(Runnable task) {
    Thread thread = new Thread(task, "site-import");
    thread.setDaemon(true);
    return thread;
  }

  void run(UUID jobId, ImportJob.Format format, Supplier<Reader> file) {
    Counts counts = new Counts();
    try (Reader reader = file.get()) {
      Iterator<ImportRow> rows =
          format == ImportJob.Format.CSV
              ? CsvRows.read(reader)
              : DataInclusionRows.read(reader, mapper);
      QuarkusTransaction.requiringNew()
          .timeout((int) IMPORT_TIMEOUT.toSeconds())
          .run(() -> applyAll(jobId, rows, counts));
      finish(jobId, counts, null);
      LOG.infof(
          "Import %s completed: %d created, %d updated, %d rejected",
          jobId, counts.created, counts.updated, counts.rejected);
    } catch (ImportFailedException e) {
      finish(jobId, new Counts(), e.getMessage());
      LOG.infof("Import %s failed, nothing imported: %s", jobId, e.getMessage());
    } catch (Exception e) {
      finish(jobId, new Counts(), "the import could not complete; nothing was imported");
      LOG.errorf(e, "Import %s failed, nothing imported", jobId);
    }
  }

  private void applyAll(UUID jobId, Iterator<ImportRow> rows, Counts counts) {
    Map<String, UUID> schools = new HashMap<>();
    List<RowOutcome> outcomes = new ArrayList<>();
    List<ImportRow> chunk = new ArrayList<>(CHUNK);
    while (rows.hasNext()) {
      chunk.add(rows.next());
      if (chunk.size() == CHUNK || !rows.hasNext()) {
        for (RowOutcome outcome : apply(chunk, schools)) {
          outcomes.add(outcome);
          counts.add(outcome.outcome());
        }
        Site.getEntityManager().flush();
        Site.getEntityManager().clear();
        if (chunk.size() == CHUNK) {
          progress(jobId, counts);
        }
        chunk.clear();
      }
    }
    writeReport(jobId, outcomes);
  }

  /** The rows' outcomes, in order: the rejected ones with their reasons, the others upserted. */
  private List<RowOutcome> apply(List<ImportRow> chunk, Map<String, UUID> schools) {
    RowOutcome[] outcomes = new RowOutcome[chunk.size()];
    List<SiteRequest> accepted = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      ImportRow row = chunk.get(i);
      List<String> reasons = new ArrayList<>();
      SiteRequest request = check(row, schools, reasons);
      if (reasons.isEmpty()) {
        accepted.add(request);
        positions.add(i);
      } else {
        outcomes[i] = RowOutcome.rejected(row, reasons);
      }
    }
    List<SiteService.Outcome> upserted = sites.upsertAll(accepted);
    for (int j = 0; j < accepted.size(); j++) {
      ImportRow row = chunk.get(positions.get(j));
      outcomes[positions.get(j)] =
          new RowOutcome(row.rowNumber(), row.siteCode(), upserted.get(j).name(), List.of());
    }
    return List.of(outcomes);
  }

  /**
   * The row as a site request, or null with the reasons it is rejected for: what could not be read,
   * or else what the request's checks found, sorted.
   */
  private SiteRequest check(ImportRow row, Map<String, UUID> schools, List<String> reasons) {
    reasons.addAll(row.problems());
    if (row.schoolSiret() == null) {
      reasons.add("school_siret: required to attach the site to its school");
    } else if (!FrenchIdentifiers.isValidSiret(row.schoolSiret())) {
      reasons.add("school_siret: must be a valid SIRET (14 digits with a valid Luhn checksum)");
    }
    SiteStatus status = parseStatus(row.status(), reasons);
    if (!reasons.isEmpty()) {
      return null;
    }
    SiteRequest request = request(row, schoolIdFor(row, schools), status);
    for (ConstraintViolation<SiteRequest> violation : validator.validate(request)) {
      reasons.add(violation.getPropertyPath() + ": " + violation.getMessage());
    }
    if (reasons.isEmpty()) {
      try {
        locator.locate(request.communeCode(), request.postalCode(), null, null);
      } catch (RuleViolationException e) {
        reasons.add("commune_code/postal_code: " + e.getMessage());
      }
    }
    reasons.sort(Comparator.naturalOrder());
    return reasons.isEmpty() ? request : null;
  }

  /** The school with the row's SIRET, created (label in progress) the first time it is seen. */
  private UUID schoolIdFor(ImportRow row, Map<String, UUID> schools) {
    return schools.computeIfAbsent(
        row.schoolSiret(),
        siret -> {
          School existing = School.bySiret(siret);
          if (existing != null) {
            return existing.id;
          }
          School school = School.create(UUID.randomUUID(), clock.instant());
          school.describe(
              row.schoolName() == null ? siret : row.schoolName(),
              siret,
              LabelStatus.IN_PROGRESS,
              null,
              clock.instant());
          school.persist();
          return school.id;
        });
  }

  private static SiteRequest request(ImportRow row, UUID schoolId, SiteStatus status) {
    return new SiteRequest(
        schoolId,
        row.siteCode(),
        row.siteName(),
        row.street(),
        row.communeCode(),
        row.postalCode(),
        row.latitude(),
        row.longitude(),
        row.phone(),
        row.email(),
        row.openingHours(),
        row.accessibility(),
        row.yearlyCapacity(),
        row.sectors(),
        status);
  }

  private static SiteStatus parseStatus(String value, List<String> reasons) {
    if (value == null) {
      reasons.add("status: required (ACTIVE, SUSPENDED or CLOSED)");
      return null;
    }
    try {
      return SiteStatus.valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      reasons.add("status: must be ACTIVE, SUSPENDED or CLOSED");
      return null;
    }
  }

  private static void writeReport(UUID jobId, List<RowOutcome> outcomes) {
    Site.getEntityManager()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO import_row (job_id, row_number, site_code, outcome, reasons)"
                          + " VALUES (?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (RowOutcome outcome : outcomes) {
                  insert.setObject(1, jobId);
                  insert.setInt(2, outcome.rowNumber());
                  insert.setString(3, outcome.siteCode());
                  insert.setString(4, outcome.outcome());
                  insert.setArray(5, connection.createArrayOf("text", outcome.reasons().toArray()));
                  insert.addBatch();
                  if (++batched % 500 == 0) {
                    insert.executeBatch();
                  }
                }
                insert.executeBatch();
              }
            });
  }

  private void progress(UUID jobId, Counts counts) {
    Instant now = clock.instant();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ImportJob.update(
                    "processed = ?1, heartbeatAt = ?2 where id = ?3",
                    counts.processed,
                    now,
                    jobId));
  }

  private void finish(UUID jobId, Counts counts, String failure) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ImportJob job = ImportJob.findById(jobId);
              job.status = failure == null ? ImportJob.Status.COMPLETED : ImportJob.Status.FAILED;
              job.totalRows = failure == null ? counts.processed : null;
              job.processed = counts.processed;
              job.created = counts.created;
              job.updated = counts.updated;
              job.rejected = counts.rejected;
              job.failure = failure;
              job.finishedAt = clock.instant();
            });
  }

  record RowOutcome(int rowNumber, String siteCode, String outcome, List<String> reasons) {
    static RowOutcome rejected(ImportRow row, List<String> reasons) {
      return new RowOutcome(row.rowNumber(), row.siteCode(), "REJECTED", List.copyOf(reasons));
    }
  }

  private static final class Counts {
    int processed;
    int created;
    int updated;
    int rejected;

    void add(String outcome) {
      processed++;
      switch (outcome) {
        case "CREATED" -> created++;
        case "UPDATED" -> updated++;
        default -> rejected++;
      }
    }
  }
}
