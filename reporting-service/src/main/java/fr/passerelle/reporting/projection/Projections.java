package fr.passerelle.reporting.projection;

import fr.passerelle.platform.events.InboundEvent;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one event to a generation of the projections, in the caller's transaction: its facts (a
 * second copy of an event changes nothing), the paths of the referrals it touched, and where the
 * generation stands on the event's topic partition. An event of an unknown type is counted as
 * skipped.
 */
@ApplicationScoped
public class Projections {

  private static final String POSITION =
      """
      INSERT INTO projection_position AS p (generation, topic, kafka_partition, last_offset,
          last_event_id, last_event_time, applied_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (generation, topic, kafka_partition) DO UPDATE SET
          last_offset = excluded.last_offset, last_event_id = excluded.last_event_id,
          last_event_time = excluded.last_event_time, applied_at = excluded.applied_at
      WHERE p.last_offset < excluded.last_offset
      """;

  private static final String SKIPPED =
      """
      INSERT INTO skipped_event AS s (generation, topic, event_type, skipped) VALUES (?, ?, ?, ?)
      ON CONFLICT (generation, topic, event_type) DO UPDATE SET skipped = s.skipped + excluded.skipped
      """;

  private final AgroalDataSource dataSource;
  private final EventProjector projector;

  Projections(AgroalDataSource dataSource, EventProjector projector) {
    this.dataSource = dataSource;
    this.projector = projector;
  }

  /** Applies the event to the generation that serves now. */
  public void applyToCurrent(InboundEvent event) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      apply(connection, Generations.current(connection), event);
    }
  }

  /**
   * Applies the event to a generation.
   *
   * @return false when its type is unknown here (it was counted as skipped)
   */
  public boolean apply(Connection connection, int generation, InboundEvent event)
      throws SQLException {
    Optional<List<Fact>> facts = projector.project(event);
    if (facts.isEmpty()) {
      skipped(connection, generation, event.topic(), event.type(), 1);
    }
    Set<UUID> referrals = new LinkedHashSet<>();
    for (Fact fact : facts.orElse(List.of())) {
      insert(connection, generation, fact);
      if (fact instanceof ReferralFact referral) {
        referrals.add(referral.referralId());
      }
    }
    if (!referrals.isEmpty()) {
      ReferralPaths.refresh(connection, generation, referrals);
    }
    position(connection, generation, event);
    return facts.isPresent();
  }

  static void skipped(Connection connection, int generation, String topic, String type, long count)
      throws SQLException {
    try (PreparedStatement skipped = connection.prepareStatement(SKIPPED)) {
      skipped.setInt(1, generation);
      skipped.setString(2, topic);
      skipped.setString(3, type);
      skipped.setLong(4, count);
      skipped.executeUpdate();
    }
  }

  private void position(Connection connection, int generation, InboundEvent event)
      throws SQLException {
    position(
        connection,
        generation,
        event.topic(),
        event.partition(),
        event.offset(),
        event.id(),
        event.timeOrNow());
  }

  static void position(
      Connection connection,
      int generation,
      String topic,
      int partition,
      long offset,
      String eventId,
      Instant eventTime)
      throws SQLException {
    try (PreparedStatement position = connection.prepareStatement(POSITION)) {
      position.setInt(1, generation);
      position.setString(2, topic);
      position.setInt(3, partition);
      position.setLong(4, offset);
      position.setString(5, eventId);
      position.setObject(6, eventTime.atOffset(ZoneOffset.UTC));
      position.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
      position.executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private static <F extends Fact> void insert(Connection connection, int generation, F fact)
      throws SQLException {
    FactTable<F> table = (FactTable<F>) fact.table();
    try (PreparedStatement insert = connection.prepareStatement(table.upsert())) {
      insert.setInt(1, generation);
      int index = 2;
      for (FactTable.Column<F> column : table.columns()) {
        insert.setObject(index++, column.value().apply(fact));
      }
      insert.executeUpdate();
    }
  }
}
