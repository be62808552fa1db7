package fr.passerelle.prospection.employer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names as search compares them: without accents, case or punctuation, spaces collapsed. Public for
 * the bulk import, which writes the same search names.
 */
public final class SearchNames {

  private SearchNames() {}

  public static String of(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]+", " ")
        .trim();
  }
}
