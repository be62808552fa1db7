package fr.passerelle.platform.identifiers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a NIR (French social security number, "numéro de sécurité sociale") in free
 * text, so that it can be refused before it is stored: the partnership's services must never hold
 * one.
 *
 * <p>A NIR is 13 characters, then a 2-digit key, and a match must have the NIR's whole structure
 * ({@link #RULE}):
 *
 * <ul>
 *   <li>sex: 1 or 2, or 3, 4, 7, 8 for the temporary numbers given to people waiting for their
 *       registration (NIA, NTT): as identifying as a NIR, so refused too;
 *   <li>year of birth: any two digits;
 *   <li>month: 01–12, or 20–42 and 50–99, the pseudo-months INSEE gives when the month is unknown;
 *   <li>place of birth, 5 characters: department 01–96 (20 before 1976, 91–96 once Algeria, Morocco
 *       and Tunisia) then a commune 001–999; 2A or 2B then a commune 001–999; 97x or 98x (overseas)
 *       then a commune 01–99; 99 (born abroad) then a country 100–999;
 *   <li>order number: 001–999;
 *   <li>key, when present: 97 − (the 13 characters as a number mod 97), 2A read as 19 and 2B as 18.
 * </ul>
 *
 * <p>People write it with spaces, dots or dashes between the groups. Thirteen characters standing
 * alone are a NIR without its key; fifteen digits in one block are a NIR only when the key is
 * right, so that another 15-digit number is not taken for one; a key written apart from the rest
 * ({@code 1 85 05 78 006 084 99}) leaves 13 characters standing alone, a NIR whatever the key.
 * Surrounding letters or digits break a match, so a SIRET (14 digits), a phone number, a France
 * Travail identifier or {@code TS1732950123456} is not taken for one. An epoch-millisecond
 * timestamp is 13 digits and can have this structure ({@code 1785123456789} does): callers are told
 * to send such a reference with letters joined to it, or as a date-time.
 */
public final class Nir {

  /** The rule in one sentence, for a caller who was refused. */
  public static final String RULE =
      "looks like a French social security number (NIR): 13 characters standing alone (sex 1-4/7/8,"
          + " birth year, month 01-12/20-42/50-99, birthplace 01-96 or 2A/2B + commune, 97x/98x +"
          + " commune or 99 + country, order number), or 15 digits with a valid NIR key; Passerelle"
          + " never stores one. Send such a reference with letters joined to its digits or as an"
          + " ISO-8601 date-time";

  private static final String SEP = "[ .\\-]?";
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![0-9A-Za-z])"
              + "(?<sex>\\d)"
              + SEP
              + "(?<year>\\d{2})"
              + SEP
              + "(?<month>\\d{2})"
              + SEP
              + "(?<place>(?:\\d{2}|2[AaBb])"
              + SEP
              + "\\d{3}|\\d{3}"
              + SEP
              + "\\d{2})"
              + SEP
              + "(?<order>\\d{3})"
              + "(?:(?<keySep>"
              + SEP
              + ")(?<key>\\d{2}))?"
              + "(?![0-9A-Za-z])");

  private Nir() {}

  /** True when some part of {@code text} has the structure of a NIR, with or without its key. */
  public static boolean appearsIn(CharSequence text) {
    if (text == null || text.length() < 13) {
      return false;
    }
    Matcher matcher = CANDIDATE.matcher(text);
    int from = 0;
    while (from < text.length() && matcher.find(from)) {
      if (isNir(matcher)) {
        return true;
      }
      // A candidate can start inside a refused one, after one of its separators.
      from = matcher.start() + 1;
    }
    return false;
  }

  private static boolean isNir(Matcher candidate) {
    String place = candidate.group("place").replaceAll("[ .\\-]", "").toUpperCase(Locale.ROOT);
    String body =
        candidate.group("sex")
            + candidate.group("year")
            + candidate.group("month")
            + place
            + candidate.group("order");
    if (!hasStructure(body)) {
      return false;
    }
    String key = candidate.group("key");
    return key == null || !candidate.group("keySep").isEmpty() || hasValidKey(body, key);
  }

  /** Sex, month, place and order of the 13 characters, the year being any two digits. */
  static boolean hasStructure(String body) {
    return "123478".indexOf(body.charAt(0)) >= 0
        && isMonth(Integer.parseInt(body.substring(3, 5)))
        && isPlace(body.substring(5, 10))
        && !body.substring(10, 13).equals("000");
  }

  private static boolean isMonth(int month) {
    return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
  }

  private static boolean isPlace(String place) {
    String department = place.substring(0, 2);
    if (department.equals("2A") || department.equals("2B")) {
      return !place.endsWith("000");
    }
    if (!isDigits(place)) {
      return false;
    }
    int number = Integer.parseInt(department);
    if (number >= 1 && number <= 96) {
      return !place.endsWith("000");
    }
    if (number == 97 || number == 98) {
      return place.charAt(2) != '0' && !place.endsWith("00");
    }
    return number == 99 && place.charAt(2) != '0';
  }

  /** The key is 97 minus the 13 characters mod 97, Corsica's 2A and 2B read as 19 and 18. */
  static boolean hasValidKey(String body, String key) {
    String digits = body.replace("2A", "19").replace("2B", "18");
    if (!isDigits(digits)) {
      return false;
    }
    long expected = 97 - Long.parseLong(digits) % 97;
    return Integer.parseInt(key) == expected;
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
