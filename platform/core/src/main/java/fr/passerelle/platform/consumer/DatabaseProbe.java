package fr.passerelle.platform.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/** Tells a failure of the database itself from a failure of the event being applied. */
@ApplicationScoped
class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 2;

  private final AgroalDataSource dataSource;

  DatabaseProbe(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
