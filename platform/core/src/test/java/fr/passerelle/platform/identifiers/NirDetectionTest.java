package fr.passerelle.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Fictitious people, built on INSEE's structure; keys computed as 97 - (n mod 97).
class NirDetectionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1850578006084", // without its key
        "185057800608491", // with its key
        "1 85 05 78 006 084 91",
        "1.85.05.78.006.084",
        "1-85-05-78-006-084",
        "201052B001023", // Corsica
        "201052B00102371", // Corsica, key with 2B read as 18
        "2 01 05 2a 001 023",
        "2900599350123", // born abroad (99 + country 350)
        "1057297123045", // overseas (972 + commune 31)
        "1052097123045", // pseudo-month 20: month unknown
        "3070175056123", // temporary number
        "8990612345678" // temporary number
      })
  void finds_a_nir_with_and_without_its_key(String nir) {
    assertThat(Nir.appearsIn(nir)).isTrue();
    assertThat(Nir.appearsIn("son numéro est le " + nir + ", à vérifier")).isTrue();
  }

  @Test
  void a_key_written_apart_leaves_a_nir_standing_alone_whatever_the_key() {
    assertThat(Nir.appearsIn("NIR 2951222004017 42")).isTrue();
    assertThat(Nir.appearsIn("2 95 12 2A 004 017 00")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1732950000000", // epoch ms: commune 000 and order 000 do not exist
        "1764460800000", // epoch ms: month 46 does not exist
        "1780000000000", // epoch ms: month 00 does not exist
        "185057800608436", // 15 digits whose key is not the NIR's
        "1851378006084", // month 13
        "1854378006084", // month 43
        "5850578006084", // sex 5
        "1850500006084", // department 00
        "1850578000084", // commune 000
        "1850578006000", // order 000
        "1850597000084", // overseas commune 00
        "1850599050084", // country 050
        "73282932000074", // SIRET, 14 digits
        "+33612345678", // E.164 phone
        "06 12 34 56 78", // national phone
        "12345678901", // France Travail identifier
        "TS1785123456789", // letters joined to the digits
        "1785123456789Z",
        "Rendez-vous le 12/03/2026 à 9 h 30"
      })
  void does_not_take_other_numbers_for_a_nir(String text) {
    assertThat(Nir.appearsIn(text)).isFalse();
  }

  @Test
  void null_and_short_text_hold_none() {
    assertThat(Nir.appearsIn(null)).isFalse();
    assertThat(Nir.appearsIn("185057")).isFalse();
  }

  record Contact(String email, List<String> notes) {}

  @NoNir
  record Request(String name, Contact contact, String summary, String externalRef) {}

  @Test
  void reports_every_field_that_holds_one_by_its_path_with_the_rule_not_the_value() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    var violations =
        validator.validate(
            new Request(
                "Camille",
                new Contact("c@example.org", List.of("ok", "NIR 2951222004017 42")),
                "185057800608491",
                "1732950000000"));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("contact.notes[1]", "summary");
    assertThat(violations)
        .allSatisfy(
            v ->
                assertThat(v.getMessage())
                    .startsWith("looks like a French social security number (NIR)")
                    .doesNotContain("2951")
                    .doesNotContain("1850"));
  }
}
