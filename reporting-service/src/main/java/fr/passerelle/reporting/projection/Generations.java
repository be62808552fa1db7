package fr.passerelle.reporting.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The generations of the projections: the one that serves ({@code CURRENT}) and the one a rebuild
 * fills. Every read of an indicator and every event applied live names the current generation.
 */
public final class Generations {

  private Generations() {}

  public static int current(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT generation FROM projection_generation WHERE state = 'CURRENT'");
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("no current generation of the projections");
      }
      return row.getInt(1);
    }
  }

  /** Opens the next generation, to be built; the current one keeps serving. */
  public static int open(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO projection_generation (generation, state, created_at)"
                + " SELECT max(generation) + 1, 'BUILDING', ? FROM projection_generation"
                + " RETURNING generation")) {
      insert.setObject(1, now.atOffset(ZoneOffset.UTC));
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** Makes a built generation the current one, retiring the one that served until now. */
  public static void switchTo(Connection connection, int generation, Instant now)
      throws SQLException {
    try (PreparedStatement retire =
            connection.prepareStatement(
                "UPDATE projection_generation SET state = 'RETIRED' WHERE state = 'CURRENT'");
        PreparedStatement promote =
            connection.prepareStatement(
                "UPDATE projection_generation SET state = 'CURRENT', switched_at = ?"
                    + " WHERE generation = ? AND state = 'BUILDING'")) {
      retire.executeUpdate();
      promote.setObject(1, now.atOffset(ZoneOffset.UTC));
      promote.setInt(2, generation);
      if (promote.executeUpdate() != 1) {
        throw new IllegalStateException("generation " + generation + " is not being built");
      }
    }
  }

  /**
   * @return false when the generation was no longer being built (it had been switched to)
   */
  public static boolean fail(Connection connection, int generation) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE projection_generation SET state = 'FAILED'"
                + " WHERE generation = ? AND state = 'BUILDING'")) {
      update.setInt(1, generation);
      return update.executeUpdate() == 1;
    }
  }
}
