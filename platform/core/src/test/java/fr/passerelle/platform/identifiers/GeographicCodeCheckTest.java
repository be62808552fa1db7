package fr.passerelle.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** INSEE commune codes (COG) and La Poste postal codes. */
class GeographicCodeCheckTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "75056, Paris",
        "01001, L'Abergement-Clémenciat",
        "13055, Marseille",
        "69123, Lyon",
        "75101, Paris 1er arrondissement",
        "95127, Cergy",
      })
  void accepts_real_metropolitan_commune_codes(String code, String commune) {
    assertThat(FrenchIdentifiers.isValidInseeCommuneCode(code)).isTrue();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({"2A004, Ajaccio", "2B033, Bastia"})
  void accepts_corsican_commune_codes_with_2a_or_2b(String code, String commune) {
    assertThat(FrenchIdentifiers.isValidInseeCommuneCode(code)).isTrue();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "97105, Basse-Terre (Guadeloupe)",
    "97209, Fort-de-France (Martinique)",
    "97302, Cayenne (Guyane)",
    "97411, Saint-Denis (La Réunion)",
    "97611, Mamoudzou (Mayotte)",
  })
  void accepts_commune_codes_of_overseas_departments(String code, String commune) {
    assertThat(FrenchIdentifiers.isValidInseeCommuneCode(code)).isTrue();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "97501, Miquelon-Langlade (Saint-Pierre-et-Miquelon)",
    "97502, Saint-Pierre (Saint-Pierre-et-Miquelon)",
    "97701, Saint-Barthélemy",
    "97801, Saint-Martin",
    "98735, Papeete (French Polynesia)",
    "98801, Bélep (New Caledonia)",
    "98818, Nouméa (New Caledonia)",
  })
  void accepts_cog_commune_codes_of_overseas_collectivities(String code, String commune) {
    assertThat(FrenchIdentifiers.isValidInseeCommuneCode(code)).isTrue();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "20004, department 20 was split into 2A and 2B in 1976",
    "20033, department 20 was split into 2A and 2B in 1976",
    "2C004, no department 2C",
    "2a004, Corsican letters are upper-case",
    "2b033, Corsican letters are upper-case",
    "96001, no department 96",
    "99100, 99 codes are foreign countries (99100 is France in the country list)",
    "00001, no department 00",
    "97001, no overseas department 970",
    "97901, no overseas code 979",
    "98411, French Southern and Antarctic Lands have districts not communes",
    "98611, Wallis and Futuna has circonscriptions not communes",
    "98901, Clipperton has no commune",
    "98501, former code of Mayotte",
    "75000, commune number 000",
    "2A000, commune number 000",
    "97100, commune number 00",
    "98800, commune number 00",
  })
  void rejects_codes_that_designate_no_commune(String code, String why) {
    assertThat(FrenchIdentifiers.isValidInseeCommuneCode(code)).isFalse();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  @ValueSource(
      strings = {"", "7505", "750560", " 75056", "75056 ", "75 056", "2A 04", "7505A", "A5056"})
  void rejects_commune_codes_that_are_not_five_characters_of_the_expected_kind(String code) {
    assertThat(FrenchIdentifiers.isValidInseeCommuneCode(code)).isFalse();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "75001, Paris 1er",
    "01000, Bourg-en-Bresse",
    "13001, Marseille 1er",
    "92130, Issy-les-Moulineaux",
    "95000, Cergy",
    "20000, Ajaccio",
    "20200, Bastia",
    "97400, Saint-Denis (La Réunion)",
    "97133, Saint-Barthélemy",
    "97500, Saint-Pierre-et-Miquelon",
    "98000, Monaco",
    "98800, Nouméa",
  })
  void accepts_real_postal_codes(String postalCode, String place) {
    assertThat(FrenchIdentifiers.isValidPostalCode(postalCode)).isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  @ValueSource(
      strings = {
        "00000", "00100", "96000", "99000", "2A000", "", "7500", "750001", "75 001", " 75001",
        "75001 ", "7500I", "F-75001",
      })
  void rejects_postal_codes_outside_the_allocated_prefixes_or_not_five_digits(String postalCode) {
    assertThat(FrenchIdentifiers.isValidPostalCode(postalCode)).isFalse();
  }
}
