package fr.passerelle.reporting.rebuild;

import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.platform.events.MalformedEventException;
import fr.passerelle.reporting.config.ReportingConfig;
import fr.passerelle.reporting.projection.BulkBatch;
import fr.passerelle.reporting.projection.EventProjector;
import fr.passerelle.reporting.projection.Generations;
import fr.passerelle.reporting.projection.Projections;
import fr.passerelle.reporting.projection.ReferralPaths;
import fr.passerelle.reporting.rebuild.ProjectionRebuild.Phase;
import fr.passerelle.reporting.rebuild.ProjectionRebuild.Status;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs a rebuild: reads every event from the start of the topics into the new generation in large
 * transactions while the current generation keeps serving, computes the referrals' paths, switches,
 * then applies the events published meanwhile one by one (a second copy of one the live consumer
 * already applied changes nothing) and removes the old generation's rows.
 */
@ApplicationScoped
class RebuildRunner {

  private static final Logger LOG = Logger.getLogger(RebuildRunner.class);
  private static final Duration LONG_TRANSACTION = Duration.ofMinutes(30);
  static final List<String> TABLES =
      List.of(
          "site",
          "agency",
          "info_session",
          "pairing",
          "referral_event",
          "orientation_event",
          "prospection_event",
          "referral_path",
          "projection_position",
          "skipped_event");

  private final AgroalDataSource dataSource;
  private final EventProjector projector;
  private final Projections projections;
  private final ReportingConfig config;
  private final Clock clock;
  private final Map<String, Object> kafkaConfig;
  private final List<String> topics;

  RebuildRunner(
      AgroalDataSource dataSource,
      EventProjector projector,
      Projections projections,
      ReportingConfig config,
      Clock clock,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      @ConfigProperty(name = "mp.messaging.incoming.reporting.topics") String topics) {
    this.dataSource = dataSource;
    this.projector = projector;
    this.projections = projections;
    this.config = config;
    this.clock = clock;
    this.kafkaConfig = kafkaConfig;
    this.topics = Arrays.stream(topics.split(",")).map(String::trim).toList();
  }

  void run(UUID rebuildId, int generation) {
    long started = System.nanoTime();
    try (TopicReader reader = new TopicReader(kafkaConfig, topics)) {
      long total = reader.readUpToNow();
      progress(rebuildId, Phase.READING, 0, total, started);
      long done = readAll(rebuildId, generation, reader, total, started);
      progress(rebuildId, Phase.PATHS, done, total, started);
      transaction(connection -> ReferralPaths.refreshAll(connection, generation));
      transaction(connection -> Generations.switchTo(connection, generation, clock.instant()));
      LOG.infof("Rebuild %s: generation %d serves (%d events)", rebuildId, generation, done);
      progress(rebuildId, Phase.CATCHING_UP, done, total, started);
      done += catchUp(reader, generation);
      transaction(connection -> removeOtherGenerations(connection, generation));
      finish(rebuildId, Status.DONE, done, started, null);
      LOG.infof(
          "Rebuild %s done: %d events in %d ms",
          rebuildId, done, Duration.ofNanos(System.nanoTime() - started).toMillis());
    } catch (Exception e) {
      LOG.errorf(e, "Rebuild %s failed; the current generation keeps serving", rebuildId);
      abandon(rebuildId, generation, started, e);
    }
  }

  private long readAll(UUID rebuildId, int generation, TopicReader reader, long total, long started)
      throws SQLException {
    long done = 0;
    BulkBatch batch = new BulkBatch();
    while (!reader.reachedEnd()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("interrupted: the service stops");
      }
      for (ConsumerRecord<String, byte[]> record : reader.next()) {
        add(batch, record);
      }
      if (batch.events() >= config.rebuild().batchSize() || reader.reachedEnd()) {
        BulkBatch full = batch;
        transaction(connection -> full.flush(connection, generation));
        done += full.events();
        batch = new BulkBatch();
        progress(rebuildId, Phase.READING, done, total, started);
      }
    }
    return done;
  }

  private void add(BulkBatch batch, ConsumerRecord<String, byte[]> record) {
    InboundEvent event;
    try {
      event = InboundEvent.from(record);
    } catch (MalformedEventException e) {
      batch.skipped(record.topic(), "malformed");
      return;
    }
    try {
      batch.add(event, projector.project(event));
    } catch (MalformedEventException e) {
      batch.skipped(event.topic(), "malformed");
    }
  }

  private long catchUp(TopicReader reader, int generation) throws SQLException {
    long done = 0;
    reader.readUpToNow();
    while (!reader.reachedEnd()) {
      List<ConsumerRecord<String, byte[]>> records = reader.next();
      transaction(
          connection -> {
            for (ConsumerRecord<String, byte[]> record : records) {
              try {
                projections.apply(connection, generation, InboundEvent.from(record));
              } catch (MalformedEventException e) {
                LOG.debugf("Rebuild skips a malformed record: %s", e.getMessage());
              }
            }
          });
      done += records.size();
    }
    return done;
  }

  private static void removeOtherGenerations(Connection connection, int generation)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.execute("DELETE FROM " + table + " WHERE generation <> " + generation);
      }
    }
  }

  private void progress(UUID rebuildId, Phase phase, long done, long total, long started) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ProjectionRebuild rebuild = ProjectionRebuild.require(rebuildId);
              rebuild.phase = phase;
              rebuild.eventsDone = done;
              rebuild.eventsTotal = Math.max(total, done);
              rebuild.eventsPerSecond = rate(done, started);
            });
  }

  private void finish(UUID rebuildId, Status status, long done, long started, String error) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ProjectionRebuild rebuild = ProjectionRebuild.require(rebuildId);
              rebuild.status = status;
              rebuild.phase = Phase.FINISHED;
              rebuild.eventsDone = done;
              rebuild.eventsTotal = Math.max(rebuild.eventsTotal, done);
              rebuild.eventsPerSecond = rate(done, started);
              rebuild.finishedAt = clock.instant();
              rebuild.error = error;
            });
  }

  private void abandon(UUID rebuildId, int generation, long started, Exception cause) {
    try {
      transaction(
          connection -> {
            if (!Generations.fail(connection, generation)) {
              return;
            }
            try (Statement statement = connection.createStatement()) {
              for (String table : TABLES) {
                statement.execute("DELETE FROM " + table + " WHERE generation = " + generation);
              }
            }
          });
      ProjectionRebuild rebuild =
          QuarkusTransaction.requiringNew().call(() -> ProjectionRebuild.require(rebuildId));
      finish(
          rebuildId,
          Status.FAILED,
          rebuild.eventsDone,
          started,
          "the rebuild stopped (" + cause.getClass().getSimpleName() + "); nothing was switched");
    } catch (RuntimeException e) {
      LOG.errorf(e, "Rebuild %s: could not record its failure", rebuildId);
    }
  }

  private static BigDecimal rate(long done, long started) {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    return BigDecimal.valueOf(done / seconds).setScale(1, RoundingMode.HALF_UP);
  }

  private interface Work {
    void run(Connection connection) throws SQLException;
  }

  private void transaction(Work work) {
    QuarkusTransaction.requiringNew()
        .timeout((int) LONG_TRANSACTION.toSeconds())
        .run(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                work.run(connection);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
  }
}
