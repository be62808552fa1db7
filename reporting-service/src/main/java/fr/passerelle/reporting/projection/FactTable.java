package fr.passerelle.reporting.projection;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A projection table as both writers see it: its columns (after {@code generation}), its key, and
 * whether a row is a fact (inserted once, a second copy ignored) or a dimension (the latest event
 * time wins). The live writer and the rebuild's bulk writer both build their statements from it.
 */
public final class FactTable<F> {

  /** A column and how a fact gives its value. */
  public record Column<F>(String name, Function<F, Object> value) {}

  private final String name;
  private final List<String> key;
  private final List<Column<F>> columns;
  private final boolean latestWins;

  private FactTable(String name, List<String> key, List<Column<F>> columns, boolean latestWins) {
    this.name = name;
    this.key = key;
    this.columns = columns;
    this.latestWins = latestWins;
  }

  /** A table of facts, one row per event id: a second copy is ignored. */
  public static <F> FactTable<F> facts(String name, List<Column<F>> columns) {
    return new FactTable<>(name, List.of("event_id"), columns, false);
  }

  /** A dimension: one row per key, the row of the latest {@code event_time} wins. */
  public static <F> FactTable<F> latestWins(
      String name, List<String> key, List<Column<F>> columns) {
    return new FactTable<>(name, key, columns, true);
  }

  public static <F> Column<F> column(String name, Function<F, Object> value) {
    return new Column<>(name, value);
  }

  public String name() {
    return name;
  }

  public List<Column<F>> columns() {
    return columns;
  }

  /** The key values of a row, to keep only the latest row per key within a batch. */
  public List<Object> keyOf(F fact) {
    return columns.stream()
        .filter(column -> key.contains(column.name()))
        .map(column -> column.value().apply(fact))
        .toList();
  }

  public boolean latestWins() {
    return latestWins;
  }

  /** {@code INSERT} of one row, generation first, with this table's conflict rule. */
  public String upsert() {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String marks = columns.stream().map(column -> "?").collect(Collectors.joining(", "));
    String insert =
        "INSERT INTO %s AS t (generation, %s) VALUES (?, %s) ON CONFLICT (generation, %s)"
            .formatted(name, names, marks, String.join(", ", key));
    if (!latestWins) {
      return insert + " DO NOTHING";
    }
    String updates =
        columns.stream()
            .filter(column -> !key.contains(column.name()))
            .map(column -> column.name() + " = excluded." + column.name())
            .collect(Collectors.joining(", "));
    return insert + " DO UPDATE SET " + updates + " WHERE t.event_time <= excluded.event_time";
  }

  /** {@code COPY} of rows in text format, generation first. */
  public String copy() {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    return "COPY %s (generation, %s) FROM STDIN".formatted(name, names);
  }
}
