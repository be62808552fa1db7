package fr.passerelle.platform.identifiers;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The constraints, exercised through a real Hibernate Validator. */
class IdentifierConstraintsTest {

  record Placement(
      @Siren String employerSiren,
      @Siret String employerSiret,
      @InseeCommuneCode String communeCode,
      @PostalCode String postalCode,
      @SafirCode String agencyCode,
      @FranceTravailId String franceTravailId,
      @RomeCode String romeCode,
      @NafCode String nafCode,
      List<@RomeCode String> wishedRomeCodes) {}

  static class Assignments {
    @SuppressWarnings("unused")
    void assign(@SafirCode String agencyCode, @FranceTravailId String franceTravailId) {}
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void buildValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  private static Placement valid() {
    return new Placement(
        "130005481",
        "13000548121800",
        "75056",
        "75018",
        "63019",
        "12345678901",
        "K2111",
        "85.59A",
        List.of("M1607", "K2111"));
  }

  @Test
  void accepts_an_object_made_of_real_published_identifiers() {
    assertThat(validator.validate(valid())).isEmpty();
  }

  @Test
  void treats_null_as_valid_and_leaves_presence_to_not_null() {
    Placement empty = new Placement(null, null, null, null, null, null, null, null, null);

    assertThat(validator.validate(empty)).isEmpty();
  }

  /** A copy of {@link #valid()} with {@code field} set to {@code value}. */
  private static Placement validWith(String field, String value) {
    Placement ok = valid();
    return new Placement(
        field.equals("employerSiren") ? value : ok.employerSiren(),
        field.equals("employerSiret") ? value : ok.employerSiret(),
        field.equals("communeCode") ? value : ok.communeCode(),
        field.equals("postalCode") ? value : ok.postalCode(),
        field.equals("agencyCode") ? value : ok.agencyCode(),
        field.equals("franceTravailId") ? value : ok.franceTravailId(),
        field.equals("romeCode") ? value : ok.romeCode(),
        field.equals("nafCode") ? value : ok.nafCode(),
        ok.wishedRomeCodes());
  }

  static Stream<Arguments> one_invalid_identifier_per_field() {
    return Stream.of(
        Arguments.of("employerSiren", Siren.class, "130005482"),
        Arguments.of("employerSiret", Siret.class, "35600000049838"),
        Arguments.of("communeCode", InseeCommuneCode.class, "20004"),
        Arguments.of("postalCode", PostalCode.class, "00100"),
        Arguments.of("agencyCode", SafirCode.class, "6301"),
        Arguments.of("franceTravailId", FranceTravailId.class, "1234567a"),
        Arguments.of("romeCode", RomeCode.class, "O1234"),
        Arguments.of("nafCode", NafCode.class, "85-59A"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("one_invalid_identifier_per_field")
  void reports_an_invalid_identifier_on_its_field_with_the_default_message_and_without_the_value(
      String field, Class<? extends Annotation> constraint, String invalidValue) {
    Set<ConstraintViolation<Placement>> violations =
        validator.validate(validWith(field, invalidValue));

    assertThat(violations).hasSize(1);
    ConstraintViolation<Placement> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString(field);
    assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType())
        .isEqualTo(constraint);
    assertThat(violation.getInvalidValue()).isEqualTo(invalidValue);
    assertThat(violation.getMessage())
        .isEqualTo(defaultMessageOf(constraint))
        .startsWith("must be a valid ")
        .doesNotContain(invalidValue);
  }

  @Test
  void checks_each_element_of_a_list_through_the_type_use_target() {
    Placement placement =
        new Placement(
            null, null, null, null, null, null, null, null, List.of("M1607", "P1234", "K2111"));

    Set<ConstraintViolation<Placement>> violations = validator.validate(placement);

    assertThat(violations)
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.getPropertyPath().toString()).startsWith("wishedRomeCodes[1]");
              assertThat(violation.getInvalidValue()).isEqualTo("P1234");
              assertThat(violation.getMessage()).isEqualTo(defaultMessageOf(RomeCode.class));
            });
  }

  @Test
  void validates_method_parameters() throws NoSuchMethodException {
    var assign = Assignments.class.getDeclaredMethod("assign", String.class, String.class);

    Set<ConstraintViolation<Assignments>> violations =
        validator
            .forExecutables()
            .validateParameters(new Assignments(), assign, new Object[] {"63019", "1234567 A"});

    assertThat(violations)
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.getPropertyPath().toString()).startsWith("assign.");
              Path.Node last = null;
              for (Path.Node node : violation.getPropertyPath()) {
                last = node;
              }
              assertThat(last.getKind()).isEqualTo(ElementKind.PARAMETER);
              assertThat(last.as(Path.ParameterNode.class).getParameterIndex()).isEqualTo(1);
              assertThat(violation.getMessage())
                  .isEqualTo(defaultMessageOf(FranceTravailId.class))
                  .doesNotContain("1234567");
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      classes = {
        Siren.class,
        Siret.class,
        InseeCommuneCode.class,
        PostalCode.class,
        SafirCode.class,
        FranceTravailId.class,
        RomeCode.class,
        NafCode.class
      })
  void declares_a_standard_constraint_shape(Class<? extends Annotation> constraint)
      throws NoSuchMethodException {
    assertThat(constraint.isAnnotationPresent(Documented.class)).isTrue();
    assertThat(constraint.getAnnotation(Retention.class).value())
        .isEqualTo(RetentionPolicy.RUNTIME);
    assertThat(constraint.getAnnotation(Target.class).value())
        .containsExactlyInAnyOrder(
            FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE);
    assertThat(constraint.getAnnotation(Constraint.class).validatedBy()).hasSize(1);
    assertThat(constraint.getMethod("groups").getDefaultValue()).isEqualTo(new Class<?>[0]);
    assertThat(constraint.getMethod("payload").getDefaultValue()).isEqualTo(new Class<?>[0]);
    assertThat(defaultMessageOf(constraint))
        .startsWith("must be a valid ")
        .doesNotContain("{")
        .doesNotContain("$");
  }

  private static String defaultMessageOf(Class<? extends Annotation> constraint) {
    try {
      return (String) constraint.getMethod("message").getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
