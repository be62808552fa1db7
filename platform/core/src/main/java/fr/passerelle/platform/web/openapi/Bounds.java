package fr.passerelle.platform.web.openapi;

/**
 * Bounds that many schemas share, for {@code @Schema(maxLength = ..., minimum = ..., maximum =
 * ...)} on answers (a request's bounds come from its {@code @Size}, {@code @Min} and {@code @Max}).
 * Every value a document describes is bounded (OWASP API4), and each bound is one the service
 * keeps.
 */
public final class Bounds {

  /** The largest value of an {@code INT} column (a count, a row number). */
  public static final String INT_MAX = "2147483647";

  /** The largest value of a {@code BIGINT} column (a version, a sequence). */
  public static final String BIGINT_MAX = "9223372036854775807";

  /** An E.164 phone number: a plus and at most 15 digits. */
  public static final int PHONE_MAX_LENGTH = 16;

  /** An e-mail address (RFC 5321 path limit), as {@code @Email @Size(max = 254)} accepts it. */
  public static final int EMAIL_MAX_LENGTH = 254;

  /**
   * Who did something, as recorded from the token: a subject or a client id (Keycloak's are at most
   * 255 characters).
   */
  public static final int ACTOR_MAX_LENGTH = 255;

  private Bounds() {}

  /**
   * The first {@code maxLength} characters of a text an answer echoes without having checked its
   * length (a rejected import row's own value, a message that quotes one).
   */
  public static String truncate(String text, int maxLength) {
    return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength);
  }

  /** The first {@code maxItems} entries of a list an answer reports. */
  public static <T> java.util.List<T> firstOf(java.util.List<T> list, int maxItems) {
    return list == null || list.size() <= maxItems ? list : list.subList(0, maxItems);
  }
}
