package fr.passerelle.platform.web.pagination;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code nextCursor} is absent on the last page.
 *
 * @param <T> the item type
 */
public record Page<T>(
    @Schema(maxItems = PageRequest.MAX_LIMIT) List<T> items,
    @Schema(
            description = "Pass as ?cursor= to get the next page; absent on the last page",
            maxLength = PageRequest.MAX_CURSOR)
        String nextCursor) {

  /**
   * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that
   * another page exists.
   */
  public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
    if (fetched.size() <= limit) {
      return new Page<>(List.copyOf(fetched), null);
    }
    List<T> items = List.copyOf(fetched.subList(0, limit));
    return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor);
  }
}
