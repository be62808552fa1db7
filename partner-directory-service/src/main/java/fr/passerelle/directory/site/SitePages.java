package fr.passerelle.directory.site;

import fr.passerelle.directory.session.InformationSession;
import fr.passerelle.directory.site.SiteApi.SiteView;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.pagination.SortKey;
import fr.passerelle.platform.web.pagination.SqlKeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The pages of {@code GET /api/v1/sites}, the directory's busiest list, read with {@link
 * SqlKeysetPage}: one SQL query outside any transaction. Every column comes back, but a row's other
 * columns are decoded into a view only when the {@link SiteViewCache} does not hold the site at
 * that version. The filters are those of {@link SiteFilter}, the order and the cursor the site id.
 * {@link #view} must stay in step with {@link SiteView#of(Site)}: {@code SitesTest} compares the
 * two byte for byte.
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
    SqlKeysetPage<SiteView> query =
        SqlKeysetPage.select(COLUMNS, "site", this::cachedOrRead)
            .whereEquals("region_code", filter.regionCode())
            .whereEquals("department_code", filter.departmentCode())
            .whereEquals("status", filter.status())
            .where("? = ANY (sectors)", filter.sector());
    if (filter.freeSeatsWithinDays() != null) {
      Instant now = clock.instant();
      query.where(
          "EXISTS (SELECT 1 FROM information_session s WHERE s.site_id = site.id"
              + " AND s.starts_at BETWEEN ? AND ? AND "
              + InformationSession.hasFreeSeatsSql("s")
              + ")",
          now,
          now.plus(Duration.ofDays(filter.freeSeatsWithinDays())),
          now);
    }
    return query.orderBy(SortKey.uuid("id", SiteView::id)).fetch(page, database);
  }

  private SiteView cachedOrRead(ResultSet row) throws SQLException {
    SiteView cached = cache.get(row.getObject(1, UUID.class), row.getLong(2));
    return cached != null ? cached : cache.keep(view(row));
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
}
