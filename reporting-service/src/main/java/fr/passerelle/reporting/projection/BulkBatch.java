package fr.passerelle.reporting.projection;

import fr.passerelle.platform.events.InboundEvent;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGConnection;

/**
 * Events of a rebuild gathered to be written in one transaction: facts by {@code COPY} (through a
 * staging table, so that an event published twice on a topic still counts once), dimensions reduced
 * to their latest row per key, where the generation stands on each partition, and the events
 * skipped. Live consumption writes the same rows one event at a time ({@link Projections}).
 */
public final class BulkBatch {

  private final Map<FactTable<?>, StringBuilder> copies = new LinkedHashMap<>();
  private final Map<FactTable<?>, Map<List<Object>, Fact>> latest = new LinkedHashMap<>();
  private final Map<String, Position> positions = new HashMap<>();
  private final Map<List<String>, Long> skipped = new HashMap<>();
  private int events;

  private record Position(String topic, int partition, long offset, String eventId, Instant time) {}

  /** Adds an event's facts, or counts it as skipped when {@code facts} is empty. */
  public void add(InboundEvent event, Optional<List<Fact>> facts) {
    events++;
    if (facts.isEmpty()) {
      skipped(event.topic(), event.type());
    }
    for (Fact fact : facts.orElse(List.of())) {
      add(fact);
    }
    positions.merge(
        event.topic() + "/" + event.partition(),
        new Position(
            event.topic(), event.partition(), event.offset(), event.id(), event.timeOrNow()),
        (old, now) -> now.offset() > old.offset() ? now : old);
  }

  /** Counts a record that is no readable event (the live consumer parks it as a dead letter). */
  public void skipped(String topic, String type) {
    skipped.merge(List.of(topic, type), 1L, Long::sum);
  }

  public int events() {
    return events;
  }

  private <F extends Fact> void add(F fact) {
    @SuppressWarnings("unchecked")
    FactTable<F> table = (FactTable<F>) fact.table();
    if (table.latestWins()) {
      latest
          .computeIfAbsent(table, t -> new LinkedHashMap<>())
          .merge(table.keyOf(fact), fact, (old, now) -> newer(old, now));
    } else {
      StringBuilder rows = copies.computeIfAbsent(table, t -> new StringBuilder());
      boolean first = true;
      for (FactTable.Column<F> column : table.columns()) {
        rows.append(first ? "" : "\t").append(text(column.value().apply(fact)));
        first = false;
      }
      rows.append('\n');
    }
  }

  private static Fact newer(Fact old, Fact now) {
    return ((Dimension) now).eventTime().compareTo(((Dimension) old).eventTime()) >= 0 ? now : old;
  }

  /** Writes everything gathered to the generation, in the caller's transaction. */
  public void flush(Connection connection, int generation) throws SQLException {
    String prefix = generation + "\t";
    for (Map.Entry<FactTable<?>, StringBuilder> copy : copies.entrySet()) {
      copyFacts(connection, copy.getKey(), copy.getValue(), prefix);
    }
    for (Map.Entry<FactTable<?>, Map<List<Object>, Fact>> table : latest.entrySet()) {
      upsert(connection, table.getKey(), table.getValue().values(), generation);
    }
    for (Position position : positions.values()) {
      Projections.position(
          connection,
          generation,
          position.topic(),
          position.partition(),
          position.offset(),
          position.eventId(),
          position.time());
    }
    for (Map.Entry<List<String>, Long> count : skipped.entrySet()) {
      Projections.skipped(
          connection, generation, count.getKey().get(0), count.getKey().get(1), count.getValue());
    }
  }

  private static void copyFacts(
      Connection connection, FactTable<?> table, StringBuilder rows, String prefix)
      throws SQLException {
    String stage = "stage_" + table.name();
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TEMP TABLE IF NOT EXISTS %s (LIKE %s) ON COMMIT DELETE ROWS"
              .formatted(stage, table.name()));
    }
    String withGeneration = prefix + rows.toString().replace("\n", "\n" + prefix);
    String data = withGeneration.substring(0, withGeneration.length() - prefix.length());
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              table.copy().replaceFirst("COPY " + table.name(), "COPY " + stage),
              new StringReader(data));
    } catch (IOException e) {
      throw new SQLException("cannot copy into " + stage, e);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO %s SELECT * FROM %s ON CONFLICT DO NOTHING".formatted(table.name(), stage));
      statement.execute("TRUNCATE " + stage);
    }
  }

  @SuppressWarnings("unchecked")
  private static <F extends Fact> void upsert(
      Connection connection,
      FactTable<?> anyTable,
      java.util.Collection<Fact> facts,
      int generation)
      throws SQLException {
    FactTable<F> table = (FactTable<F>) anyTable;
    try (PreparedStatement upsert = connection.prepareStatement(table.upsert())) {
      for (Fact fact : facts) {
        upsert.setInt(1, generation);
        int index = 2;
        for (FactTable.Column<F> column : table.columns()) {
          upsert.setObject(index++, column.value().apply((F) fact));
        }
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** A value in COPY's text format. */
  private static String text(Object value) {
    if (value == null) {
      return "\\N";
    }
    String text =
        value instanceof java.time.OffsetDateTime time
            ? time.withOffsetSameInstant(ZoneOffset.UTC).toString()
            : value.toString();
    if (text.indexOf('\\') < 0
        && text.indexOf('\t') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }
}
