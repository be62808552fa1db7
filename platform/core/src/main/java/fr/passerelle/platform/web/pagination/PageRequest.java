package fr.passerelle.platform.web.pagination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code ?limit=&cursor=} query parameters of every list, as a {@code @BeanParam} with
 * {@code @Valid}: {@code limit} from 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}).
 */
public class PageRequest {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /** The longest cursor a caller may send back, and so the longest {@link Page#nextCursor()}. */
  public static final int MAX_CURSOR = 1024;

  @QueryParam("limit")
  @DefaultValue("" + DEFAULT_LIMIT)
  @Min(1)
  @Max(MAX_LIMIT)
  @Parameter(description = "Items per page, 1 to 100", example = "20")
  int limit = DEFAULT_LIMIT;

  @QueryParam("cursor")
  @Size(max = MAX_CURSOR)
  @Parameter(description = "The nextCursor of the previous page; absent for the first page")
  String cursor;

  public PageRequest() {}

  public PageRequest(int limit, String cursor) {
    this.limit = limit;
    this.cursor = cursor;
  }

  public int limit() {
    return limit;
  }

  /** The decoded position, absent on the first page. */
  public Optional<Cursor> cursor(int expectedKeys) {
    return cursor == null || cursor.isBlank()
        ? Optional.empty()
        : Optional.of(Cursor.decode(cursor, expectedKeys));
  }
}
