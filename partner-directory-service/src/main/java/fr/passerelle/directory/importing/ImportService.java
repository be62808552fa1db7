package fr.passerelle.directory.importing;

import fr.passerelle.directory.importing.ImportApi.ImportView;
import fr.passerelle.directory.importing.ImportApi.RowView;
import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads import jobs and their per-row reports. */
@ApplicationScoped
public class ImportService {

  private static final Set<String> OUTCOMES = Set.of("CREATED", "UPDATED", "REJECTED");

  private final EntityManager entityManager;
  private final Clock clock;

  ImportService(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional
  public ImportView get(UUID id) {
    ImportJob job = ImportJob.require(id);
    job.failIfInterrupted(clock.instant());
    return ImportView.of(job);
  }

  @Transactional
  public Page<RowView> rows(UUID id, String outcome, PageRequest page) {
    ImportJob.require(id);
    if (outcome != null && !OUTCOMES.contains(outcome)) {
      throw new InvalidRequestException("outcome must be CREATED, UPDATED or REJECTED");
    }
    int after = page.cursor(1).map(c -> parseRow(c.key(0))).orElse(0);
    @SuppressWarnings("unchecked")
    List<Object[]> fetched =
        entityManager
            .createNativeQuery(
                "SELECT row_number, site_code, outcome, reasons FROM import_row WHERE job_id = ?1"
                    + " AND row_number > ?2 AND (CAST(?3 AS TEXT) IS NULL OR outcome = ?3)"
                    + " ORDER BY row_number LIMIT ?4")
            .setParameter(1, id)
            .setParameter(2, after)
            .setParameter(3, outcome)
            .setParameter(4, page.limit() + 1)
            .getResultList();
    List<RowView> rows =
        fetched.stream()
            .map(
                r ->
                    new RowView(
                        ((Number) r[0]).intValue(),
                        (String) r[1],
                        (String) r[2],
                        Arrays.asList((String[]) r[3])))
            .toList();
    return Page.of(rows, page.limit(), r -> Cursor.after(r.row()));
  }

  private static int parseRow(String key) {
    try {
      return Integer.parseInt(key);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
  }
}
