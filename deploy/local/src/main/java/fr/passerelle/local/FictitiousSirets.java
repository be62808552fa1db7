package fr.passerelle.local;

/**
 * SIRETs for demonstration data: they pass the checks a real one passes (the SIREN's Luhn key and
 * the SIRET's) but sit under a SIREN prefix of the demo data (997 for the prospection demo
 * employers; the demo directory uses 990), so they name no real company. The same sequence number
 * always gives the same SIRET. (The tests' {@code FictitiousIdentifiers} does the same under 98, in
 * a test jar the launcher must not depend on.)
 */
final class FictitiousSirets {

  private FictitiousSirets() {}

  /**
   * @param sirenPrefix three digits
   * @param sequence 0 to 99,999
   * @return 14 digits: SIREN {@code prefix + sequence + key}, NIC {@code 0001} and its key
   */
  static String siret(String sirenPrefix, int sequence) {
    if (!sirenPrefix.matches("[0-9]{3}") || sequence < 0 || sequence > 99_999) {
      throw new IllegalArgumentException(sirenPrefix + " / " + sequence);
    }
    String siren = withLuhnKey(sirenPrefix + String.format("%05d", sequence));
    return withLuhnKey(siren + "0001");
  }

  /** The digits followed by the one key that makes the whole a valid Luhn number. */
  static String withLuhnKey(String digits) {
    for (int key = 0; key <= 9; key++) {
      if (luhn(digits + key)) {
        return digits + key;
      }
    }
    throw new IllegalStateException("no Luhn key for " + digits);
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
