package fr.passerelle.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class NirDetectionTest {

  // INSEE's documented example structure, fictitious people.
  @Test
  void finds_a_nir_with_its_key_written_in_one_block() {
    assertThat(Nir.appearsIn("185057800608436")).isTrue();
  }

  @Test
  void finds_a_nir_without_its_key_and_with_spaces_inside_free_text() {
    assertThat(Nir.appearsIn("son numéro est le 2 95 12 2A 004 017, à vérifier")).isTrue();
    assertThat(Nir.appearsIn("n° 1.85.05.78.006.084")).isTrue();
  }

  @Test
  void does_not_take_other_identifiers_for_a_nir() {
    assertThat(Nir.appearsIn("73282932000074")).as("SIRET, 14 digits").isFalse();
    assertThat(Nir.appearsIn("+33612345678")).as("E.164 phone").isFalse();
    assertThat(Nir.appearsIn("06 12 34 56 78")).as("national phone").isFalse();
    assertThat(Nir.appearsIn("12345678901")).as("France Travail id").isFalse();
    assertThat(Nir.appearsIn("1851378006084")).as("month 13 does not exist").isFalse();
    assertThat(Nir.appearsIn("Rendez-vous le 12/03/2026 à 9 h 30")).isFalse();
    assertThat(Nir.appearsIn(null)).isFalse();
  }

  record Contact(String email, List<String> notes) {}

  @NoNir
  record Request(String name, Contact contact, String summary) {}

  @Test
  void reports_every_field_that_holds_one_by_its_path() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    var violations =
        validator.validate(
            new Request(
                "Camille",
                new Contact("c@example.org", List.of("ok", "NIR 2951222004017 42")),
                "185057800608436"));

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("contact.notes[1]", "summary");
    assertThat(violations).allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("2951"));
  }
}
