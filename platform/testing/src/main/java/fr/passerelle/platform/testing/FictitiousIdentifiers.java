package fr.passerelle.platform.testing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers that pass validation but belong to no one, each different in a JVM: for test data
 * that must be unique (a school's SIRET).
 */
public final class FictitiousIdentifiers {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

  private FictitiousIdentifiers() {}

  /** A SIRET with a valid Luhn key under a SIREN starting 98 (the demo data uses 99). */
  public static String siret() {
    String base = String.format("98%07d%04d", SEQUENCE.incrementAndGet() % 10_000_000, 1);
    for (int key = 0; key <= 9; key++) {
      if (luhn(base + key)) {
        return base + key;
      }
    }
    throw new IllegalStateException("no Luhn key for " + base);
  }

  private static boolean luhn(String digits) {
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
