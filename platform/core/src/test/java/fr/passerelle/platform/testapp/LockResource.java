package fr.passerelle.platform.testapp;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Takes two PostgreSQL locks in the order asked, so that a test can make two requests collide. */
@PermitAll
@Path("/locks")
public class LockResource {

  /** Lets a test hold each request between its first and its second lock. */
  public static volatile CountDownLatch firstLocksTaken = new CountDownLatch(0);

  @Inject AgroalDataSource dataSource;

  @POST
  @Path("/{first}/then/{second}")
  @Transactional
  public void lockInOrder(@PathParam("first") long first, @PathParam("second") long second)
      throws SQLException, InterruptedException {
    try (Connection connection = dataSource.getConnection()) {
      lock(connection, first);
      firstLocksTaken.countDown();
      if (!firstLocksTaken.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other request never took its first lock");
      }
      lock(connection, second);
    }
  }

  private static void lock(Connection connection, long key) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, key);
      lock.execute();
    }
  }
}
