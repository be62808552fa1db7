package fr.passerelle.platform.identifiers;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code String} must be the INSEE (COG) code of a commune, such as {@code 75056},
 * {@code 2A004} or {@code 97411}.
 *
 * <p>{@code null} is valid: combine with {@code @NotNull} to require a value. The value is neither
 * trimmed nor upper-cased. See {@link FrenchIdentifiers#isValidInseeCommuneCode(String)} for the
 * exact rule and its sources.
 */
@Documented
@Constraint(validatedBy = InseeCommuneCode.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface InseeCommuneCode {

  /** The longest value it accepts: the {@code maxLength} a document gives such a field. */
  int MAX_LENGTH = 5;

  String message() default
      "must be a valid INSEE commune code"
          + " (5 characters: a department code such as 75, 2A or 971, then the commune number)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link InseeCommuneCode} with {@link FrenchIdentifiers#isValidInseeCommuneCode(String)}.
   */
  final class Validator implements ConstraintValidator<InseeCommuneCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || FrenchIdentifiers.isValidInseeCommuneCode(value);
    }
  }
}
