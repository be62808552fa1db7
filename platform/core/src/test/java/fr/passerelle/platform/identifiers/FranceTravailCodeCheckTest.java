package fr.passerelle.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SAFIR agency codes, job-seeker identifiers and ROME codes of France Travail. */
class FranceTravailCodeCheckTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "63019, agency Molsheim (France Travail agency referential)",
    "82001, agency Montauban Albasud (France Travail agency referential)",
  })
  void accepts_real_safir_codes(String code, String agency) {
    assertThat(FrenchIdentifiers.isValidSafirCode(code)).isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  @ValueSource(strings = {"", "6301", "630190", "6301A", " 63019", "63019 ", "63 019", "GRE0187"})
  void rejects_safir_codes_that_are_not_exactly_five_digits(String code) {
    assertThat(FrenchIdentifiers.isValidSafirCode(code)).isFalse();
  }

  // Job-seeker identifiers are personal data: the values below follow the published formats but
  // belong to nobody.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1234567A", "6666666Z", "12345678", "0000001B"})
  void accepts_historical_identifiers_of_seven_digits_and_a_capital_letter_or_a_digit(String id) {
    assertThat(FrenchIdentifiers.isValidFranceTravailId(id)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"12345678901", "00000000001"})
  void accepts_national_identifiers_of_eleven_digits(String id) {
    assertThat(FrenchIdentifiers.isValidFranceTravailId(id)).isTrue();
  }

  @ParameterizedTest(name = "{1}: [{0}]")
  @CsvSource({
    "1234567a, lower-case letter",
    "123456AB, two letters",
    "A1234567, letter first",
    "1234567, 7 characters",
    "123456789, 9 digits",
    "1234567890, 10 digits",
    "123456789012, 12 digits",
    "1234567890A, 11 characters with a letter",
    "1234567É, letter outside A-Z",
    "'1234567 A', space inside",
    "' 1234567A', leading space",
    "'1234567A ', trailing space",
    "123-4567A, separator",
    "'', empty",
  })
  void rejects_other_job_seeker_identifier_shapes(String id, String why) {
    assertThat(FrenchIdentifiers.isValidFranceTravailId(id)).isFalse();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  void rejects_a_missing_job_seeker_identifier(String id) {
    assertThat(FrenchIdentifiers.isValidFranceTravailId(id)).isFalse();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "A1101, Conduite d'engins agricoles et forestiers",
        "B1101, Création en arts plastiques",
        "D1106, Vente en alimentation",
        "E1101, Animation de site multimédia",
        "F1703, Maçonnerie",
        "G1602, Personnel de cuisine",
        "I1401, Maintenance informatique et bureautique",
        "J1501, Soins d'hygiène de confort du patient",
        "K2111, Formation professionnelle",
        "L1101, Animation musicale et scénique",
        "M1607, Secrétariat",
        "N4101, Conduite de transport de marchandises sur longue distance",
      })
  void accepts_real_rome_codes(String code, String occupation) {
    assertThat(FrenchIdentifiers.isValidRomeCode(code)).isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  @ValueSource(
      strings = {
        "O1234", "P1234", "Z9999", "k2111", "K211", "K21111", "K 2111", " K2111", "K2111 ", "2111K",
        "KK111", "K211I", "",
      })
  void rejects_rome_codes_outside_a_to_n_or_not_one_letter_and_four_digits(String code) {
    assertThat(FrenchIdentifiers.isValidRomeCode(code)).isFalse();
  }
}
