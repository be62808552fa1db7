package fr.passerelle.platform.identifiers;

import java.util.regex.Pattern;

/**
 * Pure, null-safe checks for French reference identifiers.
 *
 * <p>Every {@code isValid…} method returns {@code false} for {@code null} and never trims, changes
 * the case of, or removes separators from its argument: {@code " 75056"}, {@code "k2111"} and
 * {@code "130 005 481"} are all invalid. Only ASCII digits {@code 0-9} count as digits. Callers
 * that accept free input should normalise it before validating it.
 *
 * <p>The Bean Validation constraints of this package ({@link Siren}, {@link Siret}, {@link
 * InseeCommuneCode}, {@link PostalCode}, {@link SafirCode}, {@link FranceTravailId}, {@link
 * RomeCode}, {@link NafCode}) delegate to these methods.
 */
public final class FrenchIdentifiers {

  /** SIREN of La Poste, whose establishments' SIRETs follow a specific checksum rule. */
  static final String LA_POSTE_SIREN = "356000000";

  private static final Pattern SAFIR_CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern LEGACY_FRANCE_TRAVAIL_ID = Pattern.compile("[0-9]{7}[0-9A-Z]");
  private static final Pattern NATIONAL_FRANCE_TRAVAIL_ID = Pattern.compile("[0-9]{11}");
  private static final Pattern ROME_CODE = Pattern.compile("[A-N][0-9]{4}");
  private static final Pattern NAF_CODE = Pattern.compile("([0-9]{2})\\.?([0-9]{2})([A-Z])");

  private FrenchIdentifiers() {}

  /**
   * Whether {@code value} is a SIREN, the 9-digit identifier of a legal unit in the INSEE Sirene
   * register, whose last digit is a Luhn check digit.
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} for exactly 9 ASCII digits with a valid Luhn checksum
   */
  public static boolean isValidSiren(String value) {
    return value != null
        && value.length() == 9
        && isAsciiDigits(value)
        && hasValidLuhnChecksum(value);
  }

  /**
   * Whether {@code value} is a SIRET, the 14-digit identifier of an establishment: the 9-digit
   * SIREN followed by the 5-digit NIC, with a Luhn checksum over the 14 digits.
   *
   * <p>La Poste exception: La Poste (SIREN {@value #LA_POSTE_SIREN}) numbers its many
   * establishments beyond what a Luhn key allows, so INSEE accepts its SIRETs when the sum of their
   * 14 digits is a multiple of 5. A SIRET with that SIREN is therefore valid when it passes either
   * check (the head office, 356 000 000 00048, passes Luhn but not the sum rule; most post offices,
   * such as 356 000 000 37187, pass only the sum rule).
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} for exactly 14 ASCII digits that pass the checksum described above
   */
  public static boolean isValidSiret(String value) {
    if (value == null || value.length() != 14 || !isAsciiDigits(value)) {
      return false;
    }
    if (hasValidLuhnChecksum(value)) {
      return true;
    }
    return value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 == 0;
  }

  /**
   * Whether {@code value} is the INSEE code of a commune in the Code officiel géographique (COG):
   * the department code followed by the number of the commune in it, 5 characters in all.
   *
   * <ul>
   *   <li>Metropolitan departments 01 to 19 and 21 to 95, then 3 digits ({@code 75056} Paris,
   *       {@code 01001} L'Abergement-Clémenciat, {@code 75101} Paris 1er arrondissement).
   *   <li>Corsica 2A or 2B, then 3 digits ({@code 2A004} Ajaccio, {@code 2B033} Bastia). The former
   *       department code 20 was replaced in 1976, so {@code 20xxx} is rejected.
   *   <li>Overseas departments 971 to 974 and 976, then 2 digits ({@code 97411} Saint-Denis de La
   *       Réunion, {@code 97611} Mamoudzou).
   *   <li>Overseas collectivities whose territory is divided into communes, then 2 digits: 975
   *       Saint-Pierre-et-Miquelon ({@code 97502} Saint-Pierre), 977 Saint-Barthélemy ({@code
   *       97701}), 978 Saint-Martin ({@code 97801}), 987 French Polynesia and 988 New Caledonia.
   * </ul>
   *
   * <p>Decision on the overseas collectivities: INSEE publishes their codes as part of the COG
   * ("Codification des collectivités et territoires français d'outre-mer",
   * https://www.insee.fr/fr/information/2028040), so the 975, 977, 978, 987 and 988 codes of
   * communes are accepted. The COG codes of 984 (French Southern and Antarctic Lands: districts),
   * 986 (Wallis and Futuna: circonscriptions) and 989 (Clipperton: an uninhabited island) do not
   * designate communes and are rejected, as is 985, the former code of Mayotte (now 976).
   *
   * <p>The commune number is never all zeros ({@code 75000} and {@code 97100} are rejected).
   * Whether the commune exists is not checked: that needs the yearly COG file.
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} when the value has the structure described above
   */
  public static boolean isValidInseeCommuneCode(String value) {
    if (value == null || value.length() != 5) {
      return false;
    }
    char first = value.charAt(0);
    char second = value.charAt(1);
    if (first == '2' && (second == 'A' || second == 'B')) {
      return isAsciiDigits(value.substring(2)) && !value.endsWith("000");
    }
    if (!isAsciiDigits(value)) {
      return false;
    }
    int department = Integer.parseInt(value.substring(0, 2));
    if (department >= 1 && department <= 95 && department != 20) {
      return !value.endsWith("000");
    }
    char third = value.charAt(2);
    boolean overseas =
        (department == 97 && third >= '1' && third <= '8')
            || (department == 98 && (third == '7' || third == '8'));
    return overseas && !value.endsWith("00");
  }

  /**
   * Whether {@code value} is a French postal code as allocated by La Poste: exactly 5 ASCII digits
   * whose first two digits are either a metropolitan department number from 01 to 95 (20 included:
   * Corsican postal codes start with 20, the 2A/2B split only exists in INSEE codes) or 97 or 98
   * (overseas departments and collectivities, and Monaco's 98000).
   *
   * <p>Rejected: {@code 00xxx}, {@code 96xxx} and {@code 99xxx}, which are not allocated to French
   * addresses. CEDEX codes follow the same rule and are accepted. Whether the code is actually in
   * use is not checked.
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} when the value follows the rule above
   */
  public static boolean isValidPostalCode(String value) {
    if (value == null || value.length() != 5 || !isAsciiDigits(value)) {
      return false;
    }
    int prefix = Integer.parseInt(value.substring(0, 2));
    return (prefix >= 1 && prefix <= 95) || prefix == 97 || prefix == 98;
  }

  /**
   * Whether {@code value} is a SAFIR code, the identifier of a France Travail (formerly Pôle
   * emploi) agency or structure in its SAFIR referential: exactly 5 ASCII digits.
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} for exactly 5 ASCII digits
   */
  public static boolean isValidSafirCode(String value) {
    return value != null && SAFIR_CODE.matcher(value).matches();
  }

  /**
   * Whether {@code value} is a France Travail (formerly Pôle emploi) job-seeker identifier, in one
   * of its two published forms:
   *
   * <ul>
   *   <li>the historical regional identifier: 8 characters, 7 ASCII digits followed by one
   *       upper-case letter {@code A-Z} or one digit ({@code 1234567A}, {@code 12345678});
   *   <li>the national identifier rolled out by France Travail in 2025: 11 ASCII digits.
   * </ul>
   *
   * <p>Source: France Travail publishes no format specification; the rule above is the one enforced
   * by the public service "Les emplois de l'inclusion" (GIP Plateforme de l'inclusion), which
   * exchanges these identifiers with France Travail and the ASP: {@code validate_pole_emploi_id} in
   * {@code itou/utils/validators.py} of github.com/gip-inclusion/les-emplois, 8-character form
   * since 2020 and 11-digit form added in May 2025 (pull request 6106, "Nouvelles règles pour
   * l'identifiant France Travail"; pull request 6419 notes that the Extranet IAE of the ASP accepts
   * the 11 characters of the new format). No check digit is documented, so none is verified.
   *
   * <p>Strict on purpose: no trimming, no separators, no lower-case letter ({@code 1234567a} is
   * rejected), and no other length: an identifier written with a prefix, such as a department or
   * agency code, must be stored without it.
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} when the value has one of the two forms above
   */
  public static boolean isValidFranceTravailId(String value) {
    return value != null
        && (LEGACY_FRANCE_TRAVAIL_ID.matcher(value).matches()
            || NATIONAL_FRANCE_TRAVAIL_ID.matcher(value).matches());
  }

  /**
   * Whether {@code value} is a code of the ROME (Répertoire opérationnel des métiers et des
   * emplois) of France Travail: one upper-case letter from A to N (the 14 professional fields)
   * followed by 4 ASCII digits, such as {@code K2111} or {@code M1607}.
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} when the value matches {@code ^[A-N][0-9]{4}$}
   */
  public static boolean isValidRomeCode(String value) {
    return value != null && ROME_CODE.matcher(value).matches();
  }

  /**
   * Whether {@code value} is a subclass code of the NAF rév. 2 (Nomenclature d'activités française,
   * INSEE, 2008): 2 digits, an optional dot, 2 digits and one upper-case letter {@code A-Z}. Both
   * the dotted form used by INSEE ({@code 85.59A}) and the compact form of the APE code in Sirene
   * ({@code 8559A}) are accepted; a lower-case letter is not (see {@link
   * #normalizeNafCode(String)}). Whether the subclass exists is not checked.
   *
   * @param value the candidate, possibly {@code null}
   * @return {@code true} when the value matches {@code ^[0-9]{2}\.?[0-9]{2}[A-Z]$}
   */
  public static boolean isValidNafCode(String value) {
    return value != null && NAF_CODE.matcher(value).matches();
  }

  /**
   * Returns the dotted, upper-case form of a NAF rév. 2 code: {@code "8559a"}, {@code "8559A"} and
   * {@code "85.59A"} all give {@code "85.59A"}.
   *
   * <p>Unlike {@link #isValidNafCode(String)}, the letter may be lower-case; nothing else is
   * forgiven (no trimming, no other separator).
   *
   * @param value a NAF code
   * @return the code as {@code NN.NNL}
   * @throws IllegalArgumentException if {@code value} is {@code null} or not a NAF rév. 2 code once
   *     its letter is upper-cased
   */
  public static String normalizeNafCode(String value) {
    String compact = compactNafCode(value);
    return compact.substring(0, 2) + '.' + compact.substring(2);
  }

  /**
   * Returns the compact, upper-case form of a NAF rév. 2 code (the APE code as stored in Sirene):
   * {@code "85.59a"}, {@code "85.59A"} and {@code "8559A"} all give {@code "8559A"}.
   *
   * @param value a NAF code
   * @return the code as {@code NNNNL}
   * @throws IllegalArgumentException if {@code value} is {@code null} or not a NAF rév. 2 code once
   *     its letter is upper-cased
   */
  public static String compactNafCode(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a NAF code is required");
    }
    int last = value.length() - 1;
    char letter = value.charAt(last);
    if (letter >= 'a' && letter <= 'z') {
      letter = (char) (letter - 'a' + 'A');
    }
    String candidate = value.substring(0, last) + letter;
    var matcher = NAF_CODE.matcher(candidate);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a NAF rév. 2 code (expected 2 digits, an optional dot, 2 digits and a letter)");
    }
    return matcher.group(1) + matcher.group(2) + matcher.group(3);
  }

  private static boolean isAsciiDigits(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Luhn checksum over all the digits, the rightmost one being the check digit. */
  private static boolean hasValidLuhnChecksum(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  private static int digitSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }
}
