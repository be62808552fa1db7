package fr.passerelle.platform.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The {@code idempotency_record} table. Every method runs in the caller's transaction, the one that
 * holds the business change: a key is claimed with a transaction-scoped advisory lock, not a row,
 * so that a request that fails or dies leaves nothing behind and the claim costs no commit of its
 * own.
 */
@ApplicationScoped
class IdempotencyStore {

  private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

  private static final String LOCK = "SELECT pg_try_advisory_xact_lock(?)";
  private static final String SELECT =
      "SELECT request_hash, status, response_status, response_headers::text, response_body,"
          + " created_at FROM idempotency_record WHERE client_id = ? AND idempotency_key = ?";
  private static final String STORE =
      "INSERT INTO idempotency_record (client_id, idempotency_key, request_hash, request_path,"
          + " status, response_status, response_headers, response_body, created_at, completed_at)"
          + " VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?)"
          + " ON CONFLICT (client_id, idempotency_key) DO UPDATE SET"
          + " request_hash = excluded.request_hash, request_path = excluded.request_path,"
          + " status = excluded.status, response_status = excluded.response_status,"
          + " response_headers = excluded.response_headers,"
          + " response_body = excluded.response_body, created_at = excluded.created_at,"
          + " completed_at = excluded.completed_at";

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

  /**
   * Locks the key until the current transaction ends, or says why it cannot be used. The lock is
   * taken before the row is read: a request holding it has either committed its stored response or
   * rolled back by the time another obtains it.
   */
  Claim claim(String client, String key, String requestHash)
      throws SQLException, JsonProcessingException {
    try (Connection connection = dataSource.getConnection()) {
      if (!tryLock(connection, client, key)) {
        return new InProgress();
      }
      try (PreparedStatement select = connection.prepareStatement(SELECT)) {
        select.setString(1, client);
        select.setString(2, key);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return new Claimed();
          }
          boolean expired =
              row.getTimestamp(6).toInstant().plus(config.retention()).isBefore(clock.instant());
          // IN_PROGRESS rows were written by earlier versions, which claimed in a transaction of
          // their own; a row still in that state never got its response.
          if (expired || !"COMPLETED".equals(row.getString(2))) {
            return new Claimed();
          }
          if (!row.getString(1).equals(requestHash)) {
            return new DifferentRequest();
          }
          Map<String, String> headers =
              mapper.readValue(row.getString(4), new TypeReference<Map<String, String>>() {});
          return new Replay(new StoredResponse(row.getInt(3), headers, row.getString(5)));
        }
      }
    }
  }

  private static boolean tryLock(Connection connection, String client, String key)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
      lock.setLong(1, lockId(client, key));
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  /**
   * 64 bits of the key's SHA-256: two keys sharing a lock would only make one of them wait for a
   * 409, never mix their records.
   */
  static long lockId(String client, String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(client.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(key.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest.digest()).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stores the outcome of a claimed key; commits or rolls back with the business change. */
  void complete(String client, String key, String requestHash, String path, StoredResponse response)
      throws Exception {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement store = connection.prepareStatement(STORE)) {
      store.setString(1, client);
      store.setString(2, key);
      store.setString(3, requestHash);
      store.setString(4, path);
      store.setInt(5, response.status());
      store.setObject(6, mapper.writeValueAsString(response.headers()), Types.OTHER);
      store.setString(7, response.body());
      store.setTimestamp(8, now);
      store.setTimestamp(9, now);
      store.executeUpdate();
    }
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
