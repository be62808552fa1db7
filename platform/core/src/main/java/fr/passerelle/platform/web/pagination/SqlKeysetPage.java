package fr.passerelle.platform.web.pagination;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * One page of a busy read-only list, read with one SQL query outside any transaction: the rows
 * become views directly, no entity is loaded, tracked or flushed. Same contract as {@link
 * KeysetPage} (conditions, then after the cursor on the sort keys, {@code limit + 1} rows), for the
 * few lists whose cost per request matters more than writing them in JPQL:
 *
 * <pre>{@code
 * SqlKeysetPage.select("id, name, version", "site", SiteView::fromRow)
 *     .whereEquals("region_code", filter.regionCode())
 *     .where("? = ANY (sectors)", filter.sector())
 *     .orderBy(SortKey.uuid("id", SiteView::id))
 *     .fetch(page, dataSource);
 * }</pre>
 *
 * <p>Every sort key is ascending and the last one unique. Instants are bound in UTC, enum constants
 * by name.
 */
public final class SqlKeysetPage<R> {

  /** Turns the current row into the list's item. */
  @FunctionalInterface
  public interface RowReader<R> {
    R read(ResultSet row) throws SQLException;
  }

  private final String columns;
  private final String table;
  private final RowReader<R> reader;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();
  private List<SortKey<R>> order = List.of();

  private SqlKeysetPage(String columns, String table, RowReader<R> reader) {
    this.columns = columns;
    this.table = table;
    this.reader = reader;
  }

  /** The columns the reader reads, in that order, and the table (with its alias if needed). */
  public static <R> SqlKeysetPage<R> select(String columns, String table, RowReader<R> reader) {
    return new SqlKeysetPage<>(columns, table, reader);
  }

  /** Keeps the rows where {@code column = value}; a null value filters nothing. */
  public SqlKeysetPage<R> whereEquals(String column, Object value) {
    return where(column + " = ?", value);
  }

  /**
   * An SQL condition with its {@code ?} parameters, in order; left out when the first value is null
   * (the filter was not asked for).
   */
  public SqlKeysetPage<R> where(String condition, Object... values) {
    if (values.length == 0 || values[0] != null) {
      conditions.add(condition);
      Collections.addAll(parameters, values);
    }
    return this;
  }

  @SafeVarargs
  public final SqlKeysetPage<R> orderBy(SortKey<R>... keys) {
    order = List.of(keys);
    return this;
  }

  public Page<R> fetch(PageRequest page, DataSource dataSource) {
    if (order.isEmpty()) {
      throw new IllegalStateException("a page needs an order");
    }
    List<String> where = new ArrayList<>(conditions);
    List<Object> bound = new ArrayList<>(parameters);
    List<String> keys = order.stream().map(SortKey::path).toList();
    page.cursor(order.size())
        .ifPresent(
            cursor -> {
              // A row comparison: strictly after the cursor's row in the order of the keys.
              where.add("(" + String.join(", ", keys) + ") > (" + placeholders(keys.size()) + ")");
              bound.addAll(SortKey.positionOf(order, cursor));
            });
    String sql =
        "SELECT "
            + columns
            + " FROM "
            + table
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY "
            + String.join(", ", keys)
            + " LIMIT ?";
    List<R> fetched = read(dataSource, sql, bound, page.limit() + 1);
    return Page.of(fetched, page.limit(), row -> SortKey.cursorAfter(order, row));
  }

  private List<R> read(DataSource dataSource, String sql, List<Object> bound, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      int position = 1;
      for (Object parameter : bound) {
        select.setObject(position++, bindable(parameter));
      }
      select.setInt(position, limit);
      List<R> rows = new ArrayList<>(limit);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(reader.read(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("the " + table + " list could not be read", e);
    }
  }

  private static Object bindable(Object parameter) {
    if (parameter instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    return parameter instanceof Enum<?> constant ? constant.name() : parameter;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
