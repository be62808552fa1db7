package fr.passerelle.prospection.importing;

import fr.passerelle.contracts.events.prospection.EmployerRegistered;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.identifiers.FrenchIdentifiers;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.prospection.employer.EmployerApi.EmployerRequest;
import fr.passerelle.prospection.employer.HeadcountBand;
import fr.passerelle.prospection.employer.SearchNames;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Bulk upsert of employers by SIRET from a SIRENE-style CSV extract ({@link SireneCsv}). Each row
 * is checked in memory with the rules of {@code POST /employers} (SIRET, name, NAF code, headcount
 * band, commune and postal code, no NIR) and against the importer's territory; the valid rows are
 * then written {@value #CHUNK} at a time, each chunk in one {@code INSERT ... ON CONFLICT (siret)
 * DO UPDATE} statement: a new SIRET is created (and publishes employer-registered), a SIRET
 * registered in the importer's territory is updated, one registered elsewhere is refused. The whole
 * file is applied in one transaction: a fault of the file (broken CSV, lost database) rolls back
 * every row, so that nothing is half-imported. Progress is committed apart after each chunk, for
 * callers polling the job.
 */
@ApplicationScoped
public class EmployerImporter {

  static final int CHUNK = 1000;

  /** The network an admin's import registers employers for: an admin prospects for neither. */
  static final String ADMIN_NETWORK = "ADMIN";

  private static final Logger LOG = Logger.getLogger(EmployerImporter.class);
  private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(30);

  /** Joins a row's reasons in one text column (split again by the database): never in a reason. */
  private static final char REASON_SEPARATOR = '\u001F';

  private static final String UPSERT =
      "insert into employer (id, version, siret, siren, name, search_name, naf_code,"
          + " headcount_band, street, commune_code, postal_code, department_code, region_code,"
          + " latitude, longitude, rome_codes, registered_by, registered_network, created_at,"
          + " updated_at)"
          + " select r.id, 0, r.siret, substr(r.siret, 1, 9), r.name, r.search_name, r.naf_code,"
          + " r.headcount_band, r.street, r.commune_code, r.postal_code, r.department_code,"
          + " r.region_code, r.latitude, r.longitude, '{}'::text[], ?, ?, ?, ?"
          + " from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[])"
          + " as r(id, siret, name, search_name, naf_code, headcount_band, street, commune_code,"
          + " postal_code, department_code, region_code, latitude, longitude)"
          + " on conflict (siret) do update set name = excluded.name,"
          + " search_name = excluded.search_name,"
          + " naf_code = coalesce(excluded.naf_code, employer.naf_code),"
          + " headcount_band = coalesce(excluded.headcount_band, employer.headcount_band),"
          + " street = coalesce(excluded.street, employer.street),"
          + " commune_code = excluded.commune_code, postal_code = excluded.postal_code,"
          + " department_code = excluded.department_code, region_code = excluded.region_code,"
          + " latitude = excluded.latitude, longitude = excluded.longitude,"
          + " version = employer.version + 1, updated_at = excluded.updated_at"
          + " where ? or employer.department_code = any(?::text[])"
          + " returning employer.id, employer.siret, (employer.xmax = 0) as inserted";

  private static final String DEPARTMENTS_OF =
      "select siret, department_code from employer where siret = any(?::text[])";

  private static final String REPORT =
      "insert into employer_import_row (import_id, row_number, siret, outcome, employer_id,"
          + " reasons)"
          + " select ?, r.n, r.siret, r.outcome, r.employer_id,"
          + " coalesce(string_to_array(r.reasons, chr(31)), '{}')"
          + " from unnest(?::int[], ?::text[], ?::text[], ?::uuid[], ?::text[])"
          + " as r(n, siret, outcome, employer_id, reasons)";

  private final CommuneDirectory communes;
  private final Validator validator;
  private final AgroalDataSource dataSource;
  private final Outbox outbox;
  private final Clock clock;

  /** One import at a time: they are rare, large, and each holds one long transaction. */
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(EmployerImporter::thread);

  EmployerImporter(
      CommuneDirectory communes,
      Validator validator,
      AgroalDataSource dataSource,
      Outbox outbox,
      Clock clock) {
    this.communes = communes;
    this.validator = validator;
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Who imports, as the request saw them: the import runs in the background, without the request.
   */
  public record Importer(String actor, String network, boolean national, Set<String> departments) {

    boolean covers(String departmentCode) {
      return national || departments.contains(departmentCode);
    }
  }

  /** Records the job and runs it in the background; the caller polls the job. */
  public UUID start(String csv, Importer importer) {
    EmployerImport job =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  EmployerImport started =
                      EmployerImport.start(importer.actor(), importer.network(), clock.instant());
                  started.persist();
                  return started;
                });
    LOG.infof("Employer import %s started", job.id);
    executor.execute(() -> run(job.id, csv, importer));
    return job.id;
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  private static Thread thread(Runnable task) {
    Thread thread = new Thread(task, "employer-import");
    thread.setDaemon(true);
    return thread;
  }

  void run(UUID jobId, String csv, Importer importer) {
    Counts counts = new Counts();
    try {
      Iterator<ImportRow> rows = SireneCsv.read(new StringReader(csv));
      QuarkusTransaction.requiringNew()
          .timeout((int) IMPORT_TIMEOUT.toSeconds())
          .run(() -> applyAll(jobId, rows, importer, counts));
      finish(jobId, counts, null);
      LOG.infof(
          "Employer import %s completed: %d created, %d updated, %d refused",
          jobId, counts.created, counts.updated, counts.refused);
    } catch (ImportFailedException e) {
      finish(jobId, new Counts(), e.getMessage());
      LOG.infof("Employer import %s failed, nothing imported: %s", jobId, e.getMessage());
    } catch (Exception e) {
      finish(jobId, new Counts(), "the import could not complete; nothing was imported");
      LOG.errorf(e, "Employer import %s failed, nothing imported", jobId);
    }
  }

  private void applyAll(UUID jobId, Iterator<ImportRow> rows, Importer importer, Counts counts) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Map<String, Integer> seen = new HashMap<>();
    List<Checked> chunk = new ArrayList<>(CHUNK);
    try (Connection connection = dataSource.getConnection()) {
      while (rows.hasNext()) {
        chunk.add(check(rows.next(), importer, seen));
        if (chunk.size() == CHUNK) {
          write(connection, jobId, chunk, importer, now, counts);
          chunk.clear();
          progress(jobId, counts.processed, clock.instant());
        }
      }
      write(connection, jobId, chunk, importer, now, counts);
    } catch (SQLException e) {
      throw new IllegalStateException("the import could not write to the database", e);
    }
  }

  /** A row as checked: valid (with its commune) or refused with its reasons. */
  private record Checked(
      ImportRow row, EmployerRequest request, Commune commune, List<String> reasons) {

    boolean valid() {
      return reasons.isEmpty();
    }
  }

  private Checked check(ImportRow row, Importer importer, Map<String, Integer> seen) {
    List<String> reasons = new ArrayList<>(row.problems());
    if (row.closed()) {
      reasons.add("etatAdministratifEtablissement: the establishment is closed (F)");
    }
    HeadcountBand band = null;
    if (row.headcountBand() != null) {
      try {
        band = HeadcountBand.of(row.headcountBand());
      } catch (IllegalArgumentException e) {
        reasons.add("headcount_band: not an INSEE headcount band code (NN, 00 to 53)");
      }
    }
    EmployerRequest request =
        new EmployerRequest(
            row.siret() == null ? null : row.siret().replace(" ", ""),
            row.name(),
            naf(row.nafCode()),
            band,
            row.street(),
            row.communeCode(),
            row.postalCode(),
            null);
    for (ConstraintViolation<EmployerRequest> violation : validator.validate(request)) {
      reasons.add(column(violation.getPropertyPath().toString()) + ": " + violation.getMessage());
    }
    Commune commune = null;
    if (reasons.isEmpty()) {
      commune = communes.byInseeCode(request.communeCode()).orElse(null);
      if (commune == null) {
        reasons.add("commune_code: no current French commune has this INSEE code");
      } else if (!commune.postalCodes().contains(request.postalCode())) {
        reasons.add("postal_code: this postal code does not serve this commune");
      } else if (!importer.covers(commune.departmentCode())) {
        reasons.add(
            "commune_code: in department "
                + commune.departmentCode()
                + ", outside the caller's territory");
      }
    }
    if (reasons.isEmpty()) {
      Integer first = seen.putIfAbsent(request.siret(), row.rowNumber());
      if (first != null) {
        reasons.add("siret: already on line " + first + " of this file");
      }
    }
    return new Checked(row, request, commune, List.copyOf(reasons));
  }

  /** SIRENE writes NAF codes {@code 10.71C}; the compact and lower-case writings are accepted. */
  private static String naf(String value) {
    if (value == null) {
      return null;
    }
    try {
      return FrenchIdentifiers.normalizeNafCode(value);
    } catch (IllegalArgumentException e) {
      return value; // The validator names it.
    }
  }

  /** The request's fields by the CSV columns they came from. */
  private static String column(String property) {
    return switch (property) {
      case "nafCode" -> "naf_code";
      case "headcountBand" -> "headcount_band";
      case "communeCode" -> "commune_code";
      case "postalCode" -> "postal_code";
      default -> property;
    };
  }

  private void write(
      Connection connection,
      UUID jobId,
      List<Checked> chunk,
      Importer importer,
      Instant now,
      Counts counts)
      throws SQLException {
    if (chunk.isEmpty()) {
      return;
    }
    List<Checked> valid = chunk.stream().filter(Checked::valid).toList();
    Map<String, Upserted> written = upsert(connection, valid, importer, now);
    Map<String, String> elsewhere =
        departmentsOf(
            connection,
            valid.stream()
                .map(c -> c.request().siret())
                .filter(s -> !written.containsKey(s))
                .toList());
    int size = chunk.size();
    List<EmployerRegistered> registrations = new ArrayList<>();
    Integer[] numbers = new Integer[size];
    String[] sirets = new String[size];
    String[] outcomes = new String[size];
    UUID[] employerIds = new UUID[size];
    String[] reasons = new String[size];
    for (int i = 0; i < size; i++) {
      Checked checked = chunk.get(i);
      numbers[i] = checked.row().rowNumber();
      sirets[i] = checked.valid() ? checked.request().siret() : checked.row().siret();
      List<String> refusal = checked.reasons();
      Upserted upserted = checked.valid() ? written.get(checked.request().siret()) : null;
      if (checked.valid() && upserted == null) {
        refusal =
            List.of(
                "siret: registered already in department "
                    + elsewhere.get(checked.request().siret())
                    + ", outside the caller's territory");
      }
      if (upserted == null) {
        outcomes[i] = "REFUSED";
        reasons[i] = String.join(String.valueOf(REASON_SEPARATOR), refusal);
        counts.refused++;
      } else if (upserted.created()) {
        outcomes[i] = "CREATED";
        employerIds[i] = upserted.id();
        counts.created++;
        registrations.add(registered(upserted.id(), checked, importer, now));
      } else {
        outcomes[i] = "UPDATED";
        employerIds[i] = upserted.id();
        counts.updated++;
      }
      counts.processed++;
    }
    outbox.publishAll(
        ProspectionEvents.EMPLOYER_REGISTERED, EmployerRegistered::employerId, registrations);
    try (PreparedStatement report = connection.prepareStatement(REPORT)) {
      report.setObject(1, jobId);
      report.setArray(2, connection.createArrayOf("int4", numbers));
      report.setArray(3, connection.createArrayOf("text", sirets));
      report.setArray(4, connection.createArrayOf("text", outcomes));
      report.setArray(5, connection.createArrayOf("uuid", employerIds));
      report.setArray(6, connection.createArrayOf("text", reasons));
      report.executeUpdate();
    }
  }

  private record Upserted(UUID id, boolean created) {}

  /** Creates or updates the valid rows; answers, by SIRET, those written (not those elsewhere). */
  private Map<String, Upserted> upsert(
      Connection connection, List<Checked> valid, Importer importer, Instant now)
      throws SQLException {
    if (valid.isEmpty()) {
      return Map.of();
    }
    int size = valid.size();
    UUID[] ids = new UUID[size];
    String[][] texts = new String[10][size];
    Double[] latitudes = new Double[size];
    Double[] longitudes = new Double[size];
    for (int i = 0; i < size; i++) {
      EmployerRequest request = valid.get(i).request();
      Commune commune = valid.get(i).commune();
      ids[i] = UUID.randomUUID();
      texts[0][i] = request.siret();
      texts[1][i] = request.name().strip();
      texts[2][i] = SearchNames.of(request.name());
      texts[3][i] = request.nafCode();
      texts[4][i] = request.headcountBand() == null ? null : request.headcountBand().code();
      texts[5][i] = request.street();
      texts[6][i] = commune.inseeCode();
      texts[7][i] = request.postalCode();
      texts[8][i] = commune.departmentCode();
      texts[9][i] = commune.regionCode();
      latitudes[i] = commune.latitude();
      longitudes[i] = commune.longitude();
    }
    Map<String, Upserted> written = new HashMap<>();
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      int p = 1;
      upsert.setString(p++, importer.actor());
      upsert.setString(p++, importer.network());
      upsert.setTimestamp(p++, Timestamp.from(now));
      upsert.setTimestamp(p++, Timestamp.from(now));
      upsert.setArray(p++, connection.createArrayOf("uuid", ids));
      for (String[] column : texts) {
        upsert.setArray(p++, connection.createArrayOf("text", column));
      }
      upsert.setArray(p++, connection.createArrayOf("float8", latitudes));
      upsert.setArray(p++, connection.createArrayOf("float8", longitudes));
      upsert.setBoolean(p++, importer.national());
      upsert.setArray(p, connection.createArrayOf("text", importer.departments().toArray()));
      try (ResultSet result = upsert.executeQuery()) {
        while (result.next()) {
          written.put(
              result.getString(2),
              new Upserted(result.getObject(1, UUID.class), result.getBoolean(3)));
        }
      }
    }
    return written;
  }

  /** Where the SIRETs that were not written are registered. */
  private static Map<String, String> departmentsOf(Connection connection, List<String> sirets)
      throws SQLException {
    if (sirets.isEmpty()) {
      return Map.of();
    }
    Map<String, String> departments = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(DEPARTMENTS_OF)) {
      Array array = connection.createArrayOf("text", sirets.toArray());
      select.setArray(1, array);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          departments.put(result.getString(1), result.getString(2));
        }
      }
    }
    return departments;
  }

  private static EmployerRegistered registered(
      UUID employerId, Checked checked, Importer importer, Instant now) {
    EmployerRequest request = checked.request();
    Commune commune = checked.commune();
    return new EmployerRegistered(
        employerId,
        request.siret().substring(0, 9),
        request.nafCode(),
        request.headcountBand() == null ? null : request.headcountBand().code(),
        commune.inseeCode(),
        commune.departmentCode(),
        commune.regionCode(),
        importer.network(),
        now);
  }

  private static void progress(UUID jobId, int processed, Instant now) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                EmployerImport.update(
                    "processed = ?1, heartbeatAt = ?2 where id = ?3", processed, now, jobId));
  }

  private void finish(UUID jobId, Counts counts, String failure) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EmployerImport job = EmployerImport.findById(jobId);
              job.status =
                  failure == null ? EmployerImport.Status.COMPLETED : EmployerImport.Status.FAILED;
              job.totalRows = failure == null ? counts.processed : null;
              job.processed = counts.processed;
              job.created = counts.created;
              job.updated = counts.updated;
              job.refused = counts.refused;
              job.failure = failure;
              job.finishedAt = clock.instant();
            });
  }

  private static final class Counts {
    int processed;
    int created;
    int updated;
    int refused;
  }
}
