package fr.passerelle.platform.web.pagination;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * An opaque position in a list ordered by a stable key (for example creation time then id): the key
 * values of the last item returned, base64url-encoded JSON. Callers must treat it as opaque; the
 * encoding may change.
 */
public record Cursor(List<String> keys) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> KEYS = new TypeReference<>() {};

  public Cursor {
    keys = List.copyOf(keys);
  }

  /** The cursor that continues after the item with these sort-key values. */
  public static Cursor after(Object... keyValues) {
    return new Cursor(java.util.Arrays.stream(keyValues).map(String::valueOf).toList());
  }

  public String encode() {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(keys));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a cursor a caller sent back.
   *
   * @throws InvalidRequestException (400) when it is not one of ours or has the wrong arity
   */
  public static Cursor decode(String encoded, int expectedKeys) {
    try {
      List<String> keys = JSON.readValue(Base64.getUrlDecoder().decode(encoded), KEYS);
      if (keys.size() != expectedKeys || keys.contains(null)) {
        throw new InvalidRequestException("cursor is not valid for this list");
      }
      return new Cursor(keys);
    } catch (IllegalArgumentException | IOException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
  }

  public String key(int index) {
    return keys.get(index);
  }

  /** A key that is a UUID; a forged cursor is a 400, never a 500. */
  public java.util.UUID uuid(int index) {
    try {
      return java.util.UUID.fromString(keys.get(index));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
  }

  /** A key that is a whole number (a sequence id). */
  public long number(int index) {
    try {
      return Long.parseLong(keys.get(index));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
  }

  /** A key that is a date (ISO-8601). */
  public java.time.LocalDate date(int index) {
    try {
      return java.time.LocalDate.parse(keys.get(index));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
  }

  /** A key that is an instant (ISO-8601). */
  public java.time.Instant instant(int index) {
    try {
      return java.time.Instant.parse(keys.get(index));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
  }
}
