package fr.passerelle.platform.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/** The {@code idempotency_record} table. */
@ApplicationScoped
class IdempotencyStore {

  private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

  private static final String INSERT =
      "INSERT INTO idempotency_record (client_id, idempotency_key, request_hash, request_path,"
          + " status, created_at) VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?) ON CONFLICT DO NOTHING";
  private static final String SELECT =
      "SELECT request_hash, status, response_status, response_headers::text, response_body,"
          + " created_at FROM idempotency_record WHERE client_id = ? AND idempotency_key = ?";
  private static final String RECLAIM =
      "UPDATE idempotency_record SET request_hash = ?, request_path = ?, status = 'IN_PROGRESS',"
          + " response_status = NULL, response_headers = NULL, response_body = NULL,"
          + " created_at = ?, completed_at = NULL"
          + " WHERE client_id = ? AND idempotency_key = ? AND created_at = ?";
  private static final String COMPLETE =
      "UPDATE idempotency_record SET status = 'COMPLETED', response_status = ?,"
          + " response_headers = ?, response_body = ?, completed_at = ?"
          + " WHERE client_id = ? AND idempotency_key = ?";
  private static final String RELEASE =
      "DELETE FROM idempotency_record WHERE client_id = ? AND idempotency_key = ?"
          + " AND status = 'IN_PROGRESS'";

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final IdempotencyConfig config;

  IdempotencyStore(
      AgroalDataSource dataSource, ObjectMapper mapper, Clock clock, IdempotencyConfig config) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.clock = clock;
    this.config = config;
  }

  sealed interface Claim {}

  record Claimed() implements Claim {}

  record Replay(StoredResponse response) implements Claim {}

  record DifferentRequest() implements Claim {}

  record InProgress() implements Claim {}

  /** Claims the key in its own committed transaction, or says why it cannot. */
  Claim claim(String client, String key, String requestHash, String path) {
    return QuarkusTransaction.requiringNew().call(() -> claimNow(client, key, requestHash, path));
  }

  private Claim claimNow(String client, String key, String requestHash, String path)
      throws SQLException, JsonProcessingException {
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        insert.setString(1, client);
        insert.setString(2, key);
        insert.setString(3, requestHash);
        insert.setString(4, path);
        insert.setTimestamp(5, Timestamp.from(now));
        if (insert.executeUpdate() == 1) {
          return new Claimed();
        }
      }
      try (PreparedStatement select = connection.prepareStatement(SELECT)) {
        select.setString(1, client);
        select.setString(2, key);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return new InProgress(); // released between our insert and select: ask for a retry
          }
          Instant createdAt = row.getTimestamp(6).toInstant();
          boolean expired = createdAt.plus(config.retention()).isBefore(now);
          boolean completed = "COMPLETED".equals(row.getString(2));
          boolean abandoned = !completed && createdAt.plus(config.abandonedAfter()).isBefore(now);
          if (expired || abandoned) {
            return reclaim(connection, client, key, requestHash, path, now, row.getTimestamp(6));
          }
          if (!row.getString(1).equals(requestHash)) {
            return new DifferentRequest();
          }
          if (!completed) {
            return new InProgress();
          }
          Map<String, String> headers =
              mapper.readValue(row.getString(4), new TypeReference<Map<String, String>>() {});
          return new Replay(new StoredResponse(row.getInt(3), headers, row.getString(5)));
        }
      }
    }
  }

  private Claim reclaim(
      Connection connection,
      String client,
      String key,
      String requestHash,
      String path,
      Instant now,
      Timestamp seenCreatedAt)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(RECLAIM)) {
      update.setString(1, requestHash);
      update.setString(2, path);
      update.setTimestamp(3, Timestamp.from(now));
      update.setString(4, client);
      update.setString(5, key);
      update.setTimestamp(6, seenCreatedAt);
      return update.executeUpdate() == 1 ? new Claimed() : new InProgress();
    }
  }

  /** Stores the outcome in the caller's transaction, the one that holds the business change. */
  void complete(String client, String key, StoredResponse response) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(COMPLETE)) {
      update.setInt(1, response.status());
      update.setObject(2, mapper.writeValueAsString(response.headers()), Types.OTHER);
      update.setString(3, response.body());
      update.setTimestamp(4, Timestamp.from(clock.instant()));
      update.setString(5, client);
      update.setString(6, key);
      update.executeUpdate();
    }
  }

  /** Frees the key after a failed attempt, so that the caller can retry. */
  void release(String client, String key) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              try (Connection connection = dataSource.getConnection();
                  PreparedStatement delete = connection.prepareStatement(RELEASE)) {
                delete.setString(1, client);
                delete.setString(2, key);
                delete.executeUpdate();
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @Scheduled(every = "1h", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
  void deleteExpired() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM idempotency_record WHERE created_at < ?")) {
      delete.setTimestamp(1, Timestamp.from(clock.instant().minus(config.retention())));
      int deleted = delete.executeUpdate();
      if (deleted > 0) {
        LOG.infof("Deleted %d expired idempotency records", deleted);
      }
    }
  }
}
