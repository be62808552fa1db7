package fr.passerelle.platform.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The SQL of the {@code outbox_event} table, as the relay uses it. */
final class OutboxTable {

  /** Any constant shared by all replicas of a service; advisory locks are per database. */
  private static final long RELAY_LOCK = 0x5041_5353_4552_454CL;

  private static final String SELECT_PENDING =
      "SELECT id, topic, aggregate_id, type, source, occurred_at, payload::text, traceparent"
          + " FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT ?"
          + " FOR UPDATE SKIP LOCKED";
  private static final String MARK_PUBLISHED =
      "UPDATE outbox_event SET published_at = ? WHERE id = ANY (?)";
  private static final String PENDING_SUMMARY =
      "SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL";
  private static final String DELETE_PUBLISHED =
      "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?";

  /** A row waiting to be sent. */
  record PendingRow(
      UUID id,
      String topic,
      String aggregateId,
      String type,
      String source,
      Instant occurredAt,
      String payload,
      String traceparent) {}

  /** How many rows wait, and since when. */
  record PendingSummary(long count, Instant oldest) {}

  private final DataSource dataSource;

  OutboxTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Connection transaction() throws SQLException {
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    return connection;
  }

  /** One relay at a time, whatever the number of replicas: held until the transaction ends. */
  static boolean tryRelayLock(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")) {
      result.next();
      return result.getBoolean(1);
    }
  }

  static List<PendingRow> lockPending(Connection connection, int limit) throws SQLException {
    List<PendingRow> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
      select.setInt(1, limit);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new PendingRow(
                  result.getObject(1, UUID.class),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getTimestamp(6).toInstant(),
                  result.getString(7),
                  result.getString(8)));
        }
      }
    }
    return rows;
  }

  static void markPublished(Connection connection, List<PendingRow> rows, Instant at)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(MARK_PUBLISHED)) {
      Array ids = connection.createArrayOf("uuid", rows.stream().map(PendingRow::id).toArray());
      update.setTimestamp(1, Timestamp.from(at));
      update.setArray(2, ids);
      update.executeUpdate();
    }
  }

  PendingSummary pendingSummary() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(PENDING_SUMMARY)) {
      result.next();
      Timestamp oldest = result.getTimestamp(2);
      return new PendingSummary(result.getLong(1), oldest == null ? null : oldest.toInstant());
    }
  }

  /** Deletes rows published before the instant; pending rows are never deleted. */
  int deletePublishedBefore(Instant instant) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE_PUBLISHED)) {
      delete.setTimestamp(1, Timestamp.from(instant));
      return delete.executeUpdate();
    }
  }
}
