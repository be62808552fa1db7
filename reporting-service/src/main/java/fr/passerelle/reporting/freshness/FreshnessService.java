package fr.passerelle.reporting.freshness;

import fr.passerelle.reporting.freshness.FreshnessApi.Freshness;
import fr.passerelle.reporting.freshness.FreshnessApi.TopicFreshness;
import fr.passerelle.reporting.projection.Generations;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/** Where the serving generation stands on each topic: last event applied, lag, events skipped. */
@ApplicationScoped
public class FreshnessService {

  private final AgroalDataSource dataSource;
  private final TopicEnds ends;

  FreshnessService(AgroalDataSource dataSource, TopicEnds ends) {
    this.dataSource = dataSource;
    this.ends = ends;
  }

  private record Applied(long offset, String eventId, Instant eventTime, Instant appliedAt) {}

  public Freshness freshness() {
    Optional<Map<TopicPartition, Long>> endOffsets = ends.read();
    try (Connection connection = dataSource.getConnection()) {
      int generation = Generations.current(connection);
      Map<TopicPartition, Applied> applied = applied(connection, generation);
      Map<String, Long> skipped = skipped(connection, generation);
      List<TopicFreshness> topics = new ArrayList<>();
      for (String topic : ends.topics()) {
        Applied last =
            applied.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic))
                .map(Map.Entry::getValue)
                .max((a, b) -> a.appliedAt().compareTo(b.appliedAt()))
                .orElse(null);
        Long lag = endOffsets.map(offsets -> lag(topic, offsets, applied)).orElse(null);
        topics.add(
            new TopicFreshness(
                topic,
                last == null ? null : last.eventId(),
                last == null ? null : last.eventTime(),
                last == null ? null : last.appliedAt(),
                lag,
                skipped.getOrDefault(topic, 0L)));
      }
      boolean upToDate = topics.stream().allMatch(t -> t.lag() != null && t.lag() == 0);
      return new Freshness(generation, upToDate, topics);
    } catch (SQLException e) {
      throw new IllegalStateException("freshness cannot be read", e);
    }
  }

  private static long lag(
      String topic, Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Applied> applied) {
    long lag = 0;
    for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
      if (end.getKey().topic().equals(topic)) {
        Applied last = applied.get(end.getKey());
        long next = last == null ? 0 : last.offset() + 1;
        lag += Math.max(0, end.getValue() - next);
      }
    }
    return lag;
  }

  private static Map<TopicPartition, Applied> applied(Connection connection, int generation)
      throws SQLException {
    Map<TopicPartition, Applied> applied = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT topic, kafka_partition, last_offset, last_event_id, last_event_time, applied_at"
                + " FROM projection_position WHERE generation = ?")) {
      select.setInt(1, generation);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          applied.put(
              new TopicPartition(rows.getString(1), rows.getInt(2)),
              new Applied(
                  rows.getLong(3),
                  rows.getString(4),
                  rows.getObject(5, OffsetDateTime.class).toInstant(),
                  rows.getObject(6, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return applied;
  }

  private static Map<String, Long> skipped(Connection connection, int generation)
      throws SQLException {
    Map<String, Long> skipped = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT topic, sum(skipped) FROM skipped_event WHERE generation = ? GROUP BY topic")) {
      select.setInt(1, generation);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          skipped.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return skipped;
  }
}
