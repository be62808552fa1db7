package fr.passerelle.platform.testapp;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.outbox.Outbox;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** An application service as services write them: the change and its event in one transaction. */
@ApplicationScoped
public class WidgetService {

  private final AgroalDataSource dataSource;
  private final Outbox outbox;

  WidgetService(AgroalDataSource dataSource, Outbox outbox) {
    this.dataSource = dataSource;
    this.outbox = outbox;
  }

  @Transactional
  public UUID rename(EventType<WidgetRenamed> type, WidgetRenamed change) throws SQLException {
    upsert(change.widgetId(), change.name());
    return outbox.publish(type, change.widgetId(), change);
  }

  /** Many changes at once, their events in one batch, as an import writes them. */
  @Transactional
  public void renameAll(EventType<WidgetRenamed> type, List<WidgetRenamed> changes)
      throws SQLException {
    for (WidgetRenamed change : changes) {
      upsert(change.widgetId(), change.name());
    }
    outbox.publishAll(type, WidgetRenamed::widgetId, changes);
  }

  /** Makes the change, records its event, then fails: all of it must roll back. */
  @Transactional
  public void renameThenFail(EventType<WidgetRenamed> type, WidgetRenamed change)
      throws SQLException {
    rename(type, change);
    throw new IllegalStateException("the business rule refused the change after the fact");
  }

  private void upsert(UUID id, String name) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO widget (id, name, version) VALUES (?, ?, 1) ON CONFLICT (id)"
                    + " DO UPDATE SET name = EXCLUDED.name, version = widget.version + 1")) {
      upsert.setObject(1, id);
      upsert.setString(2, name);
      upsert.executeUpdate();
    }
  }
}
