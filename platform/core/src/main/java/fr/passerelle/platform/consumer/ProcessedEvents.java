package fr.passerelle.platform.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/** The {@code processed_event} table: which consumer already applied which event. */
@ApplicationScoped
class ProcessedEvents {

  private static final String RECORD =
      "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private final AgroalDataSource dataSource;
  private final Clock clock;

  ProcessedEvents(AgroalDataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Records the event in the current transaction.
   *
   * @return false when the consumer had already processed it
   */
  boolean recordFirstProcessing(String consumer, String eventId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(RECORD)) {
      insert.setString(1, consumer);
      insert.setString(2, eventId);
      insert.setTimestamp(3, Timestamp.from(clock.instant()));
      return insert.executeUpdate() == 1;
    }
  }
}
