package fr.passerelle.platform.web.pagination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One key of a list's order: the JPQL path it sorts on, how an entity gives its value for the next
 * page's cursor, and how the cursor's text is read back (a forged value is a 400).
 */
public record SortKey<E>(
    String path, Function<E, Object> valueOf, BiFunction<Cursor, Integer, Object> read) {

  /** A text key (a normalised name), compared as the database collates it. */
  public static <E> SortKey<E> text(String path, Function<E, String> valueOf) {
    return new SortKey<>(path, valueOf::apply, Cursor::key);
  }

  public static <E> SortKey<E> uuid(String path, Function<E, UUID> valueOf) {
    return new SortKey<>(path, valueOf::apply, Cursor::uuid);
  }

  public static <E> SortKey<E> number(String path, Function<E, Long> valueOf) {
    return new SortKey<>(path, valueOf::apply, Cursor::number);
  }

  public static <E> SortKey<E> date(String path, Function<E, LocalDate> valueOf) {
    return new SortKey<>(path, valueOf::apply, Cursor::date);
  }

  public static <E> SortKey<E> instant(String path, Function<E, Instant> valueOf) {
    return new SortKey<>(path, valueOf::apply, Cursor::instant);
  }

  /** The cursor that points just after this row, in this order. */
  static <E> Cursor cursorAfter(List<SortKey<E>> order, E row) {
    return Cursor.after(order.stream().map(key -> key.valueOf().apply(row)).toArray());
  }

  /** The values of the cursor's row, one per key of the order (a forged cursor is a 400). */
  static <E> List<Object> positionOf(List<SortKey<E>> order, Cursor cursor) {
    return IntStream.range(0, order.size())
        .mapToObj(i -> order.get(i).read().apply(cursor, i))
        .toList();
  }
}
