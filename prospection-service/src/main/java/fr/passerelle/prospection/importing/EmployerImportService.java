package fr.passerelle.prospection.importing;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.OutOfScopeException;
import fr.passerelle.prospection.importing.ImportApi.ImportView;
import fr.passerelle.prospection.importing.ImportApi.RowView;
import fr.passerelle.prospection.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Starts imports for the caller's territory, and reads them back: an import is seen by the one who
 * submitted it and by admins; anyone else gets a 404.
 */
@ApplicationScoped
public class EmployerImportService {

  private static final Set<String> OUTCOMES = Set.of("CREATED", "UPDATED", "REFUSED");

  private final EmployerImporter importer;
  private final Territory territory;
  private final Caller caller;
  private final EntityManager entityManager;
  private final Clock clock;

  EmployerImportService(
      EmployerImporter importer,
      Territory territory,
      Caller caller,
      EntityManager entityManager,
      Clock clock) {
    this.importer = importer;
    this.territory = territory;
    this.caller = caller;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** Starts the import of this file into the caller's territory (an admin's: anywhere). */
  @Transactional
  public UUID start(String csv) {
    EmployerImporter.Importer who =
        new EmployerImporter.Importer(
            caller.actor(),
            territory.network().map(Enum::name).orElse(EmployerImporter.ADMIN_NETWORK),
            territory.isNational(),
            Set.copyOf(territory.departments()));
    return importer.start(csv, who);
  }

  @Transactional
  public ImportView get(UUID id) {
    EmployerImport job = visible(id);
    job.failIfInterrupted(clock.instant());
    return ImportView.of(job);
  }

  @Transactional
  public Page<RowView> rows(UUID id, String outcome, PageRequest page) {
    visible(id);
    if (outcome != null && !OUTCOMES.contains(outcome)) {
      throw new InvalidRequestException("outcome must be CREATED, UPDATED or REFUSED");
    }
    int after = page.cursor(1).map(c -> (int) c.number(0)).orElse(0);
    @SuppressWarnings("unchecked")
    List<Object[]> fetched =
        entityManager
            .createNativeQuery(
                "select row_number, siret, outcome, employer_id, reasons from employer_import_row"
                    + " where import_id = ?1 and row_number > ?2"
                    + " and (cast(?3 as text) is null or outcome = ?3)"
                    + " order by row_number limit ?4")
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
                        (UUID) r[3],
                        Arrays.asList((String[]) r[4])))
            .toList();
    return Page.of(rows, page.limit(), r -> Cursor.after(r.row()));
  }

  private EmployerImport visible(UUID id) {
    EmployerImport job = EmployerImport.findById(id);
    if (job == null || !(caller.is(Roles.ADMIN) || job.submittedBy.equals(caller.actor()))) {
      throw new OutOfScopeException("employer import", id);
    }
    return job;
  }
}
