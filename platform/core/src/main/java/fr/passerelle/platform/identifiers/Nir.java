package fr.passerelle.platform.identifiers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a NIR (French social security number, "numéro de sécurité sociale") in free
 * text, so that it can be refused before it is stored: the partnership's services must never hold
 * one.
 *
 * <p>A NIR has 13 characters and a 2-digit key: sex (1, 2, or 3, 7, 8 for provisional numbers),
 * year, month (01–12, or the 20–42 and 50–99 ranges INSEE uses when the month is unknown),
 * department (two digits, 2A or 2B), commune, order number. People write it with spaces, dots or
 * dashes between the groups. A match needs the structure, not the key: a mistyped NIR is still a
 * NIR. Surrounding letters or digits break a match, so a SIRET (14 digits), a phone number or a
 * France Travail identifier is not taken for one.
 */
public final class Nir {

  private static final String SEP = "[ .\\-]?";
  private static final Pattern NIR =
      Pattern.compile(
          "(?<![0-9A-Za-z])[12378]"
              + SEP
              + "\\d{2}"
              + SEP
              + "(?:0[1-9]|1[0-2]|[23]\\d|4[0-2]|[5-9]\\d)"
              + SEP
              + "(?:\\d{2}|2[AaBb])"
              + SEP
              + "\\d{3}"
              + SEP
              + "\\d{3}"
              + "(?:"
              + SEP
              + "\\d{2})?"
              + "(?![0-9A-Za-z])");

  private Nir() {}

  /** True when some part of {@code text} has the shape of a NIR, with or without its key. */
  public static boolean appearsIn(CharSequence text) {
    if (text == null || text.length() < 13) {
      return false;
    }
    Matcher matcher = NIR.matcher(text);
    return matcher.find();
  }
}
