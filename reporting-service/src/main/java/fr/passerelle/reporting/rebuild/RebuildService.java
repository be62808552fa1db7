package fr.passerelle.reporting.rebuild;

import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.reporting.projection.Generations;
import fr.passerelle.reporting.rebuild.ProjectionRebuild.Phase;
import fr.passerelle.reporting.rebuild.ProjectionRebuild.Status;
import fr.passerelle.reporting.rebuild.RebuildApi.RebuildView;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** Starts a rebuild (one at a time) and tells how far it is. */
@ApplicationScoped
public class RebuildService {

  private static final Logger LOG = Logger.getLogger(RebuildService.class);

  private final RebuildRunner runner;
  private final AgroalDataSource dataSource;
  private final Caller caller;
  private final Clock clock;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(RebuildService::thread);

  RebuildService(RebuildRunner runner, AgroalDataSource dataSource, Caller caller, Clock clock) {
    this.runner = runner;
    this.dataSource = dataSource;
    this.caller = caller;
    this.clock = clock;
  }

  public RebuildView start() {
    ProjectionRebuild rebuild =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  if (ProjectionRebuild.count("status", Status.RUNNING) > 0) {
                    throw new ConflictException("a rebuild is already running");
                  }
                  ProjectionRebuild started = new ProjectionRebuild();
                  started.id = UUID.randomUUID();
                  try (Connection connection = dataSource.getConnection()) {
                    started.generation = Generations.open(connection, clock.instant());
                  }
                  started.status = Status.RUNNING;
                  started.phase = Phase.READING;
                  started.requestedBy = caller.actor();
                  started.startedAt = clock.instant();
                  started.persist();
                  return started;
                });
    LOG.infof("Rebuild %s started into generation %d", rebuild.id, rebuild.generation);
    executor.execute(() -> runner.run(rebuild.id, rebuild.generation));
    return RebuildView.of(rebuild);
  }

  public RebuildView get(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> RebuildView.of(ProjectionRebuild.require(id)));
  }

  /**
   * A rebuild the service was running when it stopped is over: its generation never served, its
   * rows go, and the next rebuild may start.
   */
  void abandonInterrupted(@Observes StartupEvent started) throws SQLException {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              try (Connection connection = dataSource.getConnection();
                  Statement statement = connection.createStatement()) {
                statement.executeUpdate(
                    "UPDATE projection_generation SET state = 'FAILED' WHERE state = 'BUILDING'");
                statement.executeUpdate(
                    "UPDATE projection_rebuild SET status = 'FAILED', phase = 'FINISHED',"
                        + " finished_at = now(), error = 'interrupted: the service stopped'"
                        + " WHERE status = 'RUNNING'");
                for (String table : RebuildRunner.TABLES) {
                  statement.execute(
                      "DELETE FROM "
                          + table
                          + " WHERE generation IN (SELECT generation FROM projection_generation"
                          + " WHERE state = 'FAILED')");
                }
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  private static Thread thread(Runnable task) {
    Thread thread = new Thread(task, "projection-rebuild");
    thread.setDaemon(true);
    return thread;
  }
}
