package fr.passerelle.directory.site;

import fr.passerelle.directory.session.InformationSession;
import fr.passerelle.directory.site.SiteApi.SiteView;
import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The pages of {@code GET /api/v1/sites}, the directory's busiest list, read by one SQL query
 * outside any transaction: no entity is loaded, tracked or flushed. Every column comes back, but a
 * row's other columns are decoded into a view only when the {@link SiteViewCache} does not hold the
 * site at that version. The filters are those of {@link SiteFilter}, the order and the cursor the
 * site id. {@link #view} must stay in step with {@link SiteView#of(Site)}: {@code SitesTest}
 * compares the two byte for byte.
 */
@ApplicationScoped
class SitePages {

  private static final String COLUMNS =
      "id, version, school_id, code, name, street, commune_code, postal_code, department_code,"
          + " region_code, latitude, longitude, phone, email, opening_hours, accessibility,"
          + " yearly_capacity, sectors, status, updated_at";

  private final DataSource database;
  private final SiteViewCache cache;
  private final Clock clock;

  SitePages(DataSource database, SiteViewCache cache, Clock clock) {
    this.database = database;
    this.cache = cache;
    this.clock = clock;
  }

  Page<SiteView> list(SiteFilter filter, PageRequest page) {
    Query query = new Query();
    query.where("region_code = ?", filter.regionCode());
    query.where("department_code = ?", filter.departmentCode());
    query.where("status = ?", filter.status() == null ? null : filter.status().name());
    query.where("? = ANY (sectors)", filter.sector());
    if (filter.freeSeatsWithinDays() != null) {
      Instant now = clock.instant();
      query.where(
          "EXISTS (SELECT 1 FROM information_session s WHERE s.site_id = site.id"
              + " AND s.starts_at BETWEEN ? AND ? AND "
              + InformationSession.hasFreeSeatsSql("s")
              + ")",
          utc(now),
          utc(now.plus(Duration.ofDays(filter.freeSeatsWithinDays()))),
          utc(now));
    }
    page.cursor(1).ifPresent(cursor -> query.where("id > ?", cursor.uuid(0)));
    List<SiteView> views = read(query, page.limit() + 1);
    return Page.of(views, page.limit(), site -> Cursor.after(site.id()));
  }

  private List<SiteView> read(Query query, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM site"
            + (query.conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", query.conditions))
            + " ORDER BY id LIMIT ?";
    try (Connection connection = database.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      int position = 1;
      for (Object parameter : query.parameters) {
        select.setObject(position++, parameter);
      }
      select.setInt(position, limit);
      List<SiteView> views = new ArrayList<>(limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          SiteView cached = cache.get(rows.getObject(1, UUID.class), rows.getLong(2));
          views.add(cached != null ? cached : cache.keep(view(rows)));
        }
      }
      return views;
    } catch (SQLException e) {
      throw new IllegalStateException("the sites could not be read", e);
    }
  }

  /** The view of the current row, as {@link SiteView#of(Site)} gives it of the entity. */
  private static SiteView view(ResultSet row) throws SQLException {
    Array sectors = row.getArray(18);
    return new SiteView(
        row.getObject(1, UUID.class),
        row.getObject(3, UUID.class),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getString(10),
        row.getDouble(11),
        row.getDouble(12),
        row.getString(13),
        row.getString(14),
        row.getString(15),
        row.getString(16),
        row.getObject(17, Integer.class),
        List.of((String[]) sectors.getArray()),
        SiteStatus.valueOf(row.getString(19)),
        row.getLong(2),
        row.getObject(20, OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The conditions of the query and their parameters, in order; a null value filters nothing. */
  private static final class Query {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    void where(String condition, Object... values) {
      if (values[0] != null) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
      }
    }
  }
}
