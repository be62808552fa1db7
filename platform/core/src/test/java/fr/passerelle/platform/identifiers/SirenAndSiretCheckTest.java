package fr.passerelle.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SIREN and SIRET checks, with numbers published in the INSEE Sirene register. */
class SirenAndSiretCheckTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "120027016, INSEE",
    "130005481, France Travail (formerly Pôle emploi)",
    "356000000, La Poste",
    "552081317, Électricité de France",
    "380129866, Orange",
    "542051180, TotalEnergies SE",
  })
  void accepts_real_sirens(String siren, String owner) {
    assertThat(FrenchIdentifiers.isValidSiren(siren)).isTrue();
  }

  @Test
  void accepts_la_poste_siren_because_it_passes_luhn_itself() {
    assertThat(FrenchIdentifiers.isValidSiren(FrenchIdentifiers.LA_POSTE_SIREN)).isTrue();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "123456789, checksum of the usual placeholder",
    "120027017, last digit of INSEE's SIREN changed",
    "120027061, last two digits of INSEE's SIREN swapped",
    "210027016, first two digits of INSEE's SIREN swapped",
  })
  void rejects_sirens_with_a_wrong_luhn_checksum(String siren, String why) {
    assertThat(FrenchIdentifiers.isValidSiren(siren)).isFalse();
  }

  @Test
  void does_not_apply_the_la_poste_digit_sum_rule_to_sirens() {
    // 120027017 fails Luhn although its digit sum, 20, is a multiple of 5.
    assertThat(FrenchIdentifiers.isValidSiren("120027017")).isFalse();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  @ValueSource(
      strings = {
        "",
        "12002701",
        "1200270160",
        "12002701A",
        "12002701O",
        " 120027016",
        "120027016 ",
        "120 027 016",
        "120.027.016",
        "-12002701",
        "\u0661\u0662\u0660\u0660\u0662\u0667\u0660\u0661\u0666",
      })
  void rejects_sirens_that_are_not_exactly_nine_ascii_digits(String siren) {
    assertThat(FrenchIdentifiers.isValidSiren(siren)).isFalse();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "12002701600563, INSEE",
    "12002701600357, INSEE",
    "13000548100010, France Travail head office",
    "13000548121800, France Travail agency Paris 18e",
    "13000548120984, France Travail agency Molsheim",
    "55208131766522, Électricité de France",
    "11000028800016, Cour des comptes",
  })
  void accepts_real_sirets(String siret, String establishment) {
    assertThat(FrenchIdentifiers.isValidSiret(siret)).isTrue();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "35600000037187, post office Paris 1er Les Halles",
    "35600000009075, La Poste establishment",
    "35600000049837, La Poste establishment",
  })
  void accepts_la_poste_sirets_whose_digit_sum_is_a_multiple_of_five(
      String siret, String establishment) {
    assertThat(FrenchIdentifiers.isValidSiret(siret)).isTrue();
  }

  @Test
  void accepts_the_la_poste_head_office_siret_which_passes_luhn_but_not_the_digit_sum_rule() {
    // Digit sum 26: only the Luhn checksum makes it valid.
    assertThat(FrenchIdentifiers.isValidSiret("35600000000048")).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"35600000049838", "35600000012345", "35600000000043"})
  void rejects_la_poste_sirets_that_fail_both_luhn_and_the_digit_sum_rule(String siret) {
    assertThat(FrenchIdentifiers.isValidSiret(siret)).isFalse();
  }

  @Test
  void does_not_extend_the_digit_sum_rule_to_other_companies() {
    // France Travail's SIREN with a NIC giving a digit sum of 30 but a wrong Luhn checksum.
    assertThat(FrenchIdentifiers.isValidSiret("13000548100017")).isFalse();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
    "12002701600564, last digit of an INSEE SIRET changed",
    "13000548112345, France Travail SIREN with an invented NIC",
    "55208131766523, last digit of EDF's SIRET changed",
    "13000548100100, NIC digits shifted",
  })
  void rejects_sirets_with_a_wrong_luhn_checksum(String siret, String why) {
    assertThat(FrenchIdentifiers.isValidSiret(siret)).isFalse();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  @ValueSource(
      strings = {
        "",
        "130005481",
        "1300054810001",
        "130005481000100",
        "13000548100O10",
        "130005481 00010",
        "130 005 481 00010",
        " 13000548100010",
        "13000548100010\n",
      })
  void rejects_sirets_that_are_not_exactly_fourteen_ascii_digits(String siret) {
    assertThat(FrenchIdentifiers.isValidSiret(siret)).isFalse();
  }
}
