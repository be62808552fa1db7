package fr.passerelle.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NAF rév. 2 activity codes: check, normalisation to the dotted form and compaction. */
class NafCodeCheckTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "85.59A, Formation continue d'adultes",
        "85.59B, Autres enseignements",
        "62.01Z, Programmation informatique",
        "84.11Z, Administration publique générale",
        "84.13Z, Administration publique (tutelle) des activités économiques",
        "78.10Z, Activités des agences de placement de main-d'oeuvre",
        "01.11Z, Culture de céréales",
      })
  void accepts_real_naf_codes_in_the_dotted_form(String code, String activity) {
    assertThat(FrenchIdentifiers.isValidNafCode(code)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"8559A", "6201Z", "8413Z", "0111Z"})
  void accepts_real_naf_codes_in_the_compact_form_of_sirene(String code) {
    assertThat(FrenchIdentifiers.isValidNafCode(code)).isTrue();
  }

  @ParameterizedTest(name = "{1}: [{0}]")
  @CsvSource({
    "85.59, no letter",
    "8559, no letter",
    "85.59a, lower-case letter",
    "'85,59A', comma instead of dot",
    "85-59A, dash instead of dot",
    "855.9A, dot misplaced",
    "85.5A, three digits",
    "85.599A, five digits",
    "85..59A, two dots",
    "' 85.59A', leading space",
    "'85.59A ', trailing space",
    "85.59AA, two letters",
    "A5.59A, letter instead of a digit",
    "85.59É, letter outside A-Z",
    "'', empty",
  })
  void rejects_malformed_naf_codes(String code, String why) {
    assertThat(FrenchIdentifiers.isValidNafCode(code)).isFalse();
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  void rejects_a_missing_naf_code(String code) {
    assertThat(FrenchIdentifiers.isValidNafCode(code)).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "8559a, 85.59A",
    "8559A, 85.59A",
    "85.59A, 85.59A",
    "85.59a, 85.59A",
    "6201Z, 62.01Z",
    "0111z, 01.11Z",
  })
  void normalizes_naf_codes_to_the_dotted_upper_case_form(String code, String normalized) {
    assertThat(FrenchIdentifiers.normalizeNafCode(code)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "85.59A, 8559A",
    "85.59a, 8559A",
    "8559a, 8559A",
    "8559A, 8559A",
    "62.01Z, 6201Z",
  })
  void compacts_naf_codes_to_the_sirene_form(String code, String compact) {
    assertThat(FrenchIdentifiers.compactNafCode(code)).isEqualTo(compact);
  }

  @Test
  void normalized_and_compact_forms_are_valid_and_stable() {
    String normalized = FrenchIdentifiers.normalizeNafCode("8559a");
    String compact = FrenchIdentifiers.compactNafCode("85.59a");

    assertThat(FrenchIdentifiers.isValidNafCode(normalized)).isTrue();
    assertThat(FrenchIdentifiers.isValidNafCode(compact)).isTrue();
    assertThat(FrenchIdentifiers.normalizeNafCode(normalized)).isEqualTo(normalized);
    assertThat(FrenchIdentifiers.compactNafCode(compact)).isEqualTo(compact);
    assertThat(FrenchIdentifiers.normalizeNafCode(compact)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "[{0}]")
  @NullSource
  @ValueSource(strings = {"", "85.59", "8559", "85-59A", " 8559A", "8559A ", "85.5A", "8559É"})
  void refuses_to_normalize_an_invalid_naf_code(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> FrenchIdentifiers.normalizeNafCode(code));
    assertThatIllegalArgumentException().isThrownBy(() -> FrenchIdentifiers.compactNafCode(code));
  }
}
