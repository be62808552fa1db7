package fr.passerelle.platform.web.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.platform.web.problem.InvalidRequestException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SqlKeysetPageTest {

  record Row(UUID id, String name, long version) {}

  @Inject AgroalDataSource dataSource;

  private String prefix;

  @BeforeEach
  void fiveRowsWithTwoSharingTheirName() throws Exception {
    prefix = "page-" + UUID.randomUUID() + "-";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO widget (id, name, version) VALUES (?, ?, ?)")) {
      for (String name : List.of("c", "a", "b", "b", "d")) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, prefix + name);
        insert.setLong(3, "d".equals(name) ? 2 : 1);
        insert.executeUpdate();
      }
    }
  }

  @Test
  void pages_follow_the_order_of_every_key_and_give_each_row_once() {
    List<Row> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Row> page = byName().fetch(new PageRequest(2, cursor), dataSource);
      seen.addAll(page.items());
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen)
        .extracting(row -> row.name().substring(prefix.length()))
        .containsExactly("a", "b", "b", "c", "d");
    assertThat(seen).extracting(Row::id).doesNotHaveDuplicates();
    List<Row> twins = seen.subList(1, 3);
    // PostgreSQL orders uuids byte by byte, as their text sorts (UUID.compareTo does not).
    assertThat(twins.get(0).id().toString()).isLessThan(twins.get(1).id().toString());
  }

  @Test
  void a_null_filter_is_left_out_and_a_value_filters() {
    assertThat(
            byName()
                .whereEquals("version", null)
                .fetch(new PageRequest(10, null), dataSource)
                .items())
        .hasSize(5);
    assertThat(
            byName()
                .whereEquals("version", 2L)
                .fetch(new PageRequest(10, null), dataSource)
                .items())
        .extracting(Row::name)
        .containsExactly(prefix + "d");
  }

  @Test
  void a_cursor_of_another_shape_is_refused() {
    String oneKey = Cursor.after(UUID.randomUUID()).encode();

    assertThatThrownBy(() -> byName().fetch(new PageRequest(2, oneKey), dataSource))
        .isInstanceOf(InvalidRequestException.class);
  }

  private SqlKeysetPage<Row> byName() {
    return SqlKeysetPage.select(
            "id, name, version",
            "widget",
            row -> new Row(row.getObject(1, UUID.class), row.getString(2), row.getLong(3)))
        .where("name LIKE ?", prefix + "%")
        .orderBy(SortKey.text("name", Row::name), SortKey.uuid("id", Row::id));
  }
}
