package fr.passerelle.directory.site;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * OpenStreetMap {@code opening_hours} syntax (e.g. {@code Mo-Fr 09:00-12:30,13:30-17:00; PH off}),
 * checked by the parser OSM editors use, in strict mode. Null is valid.
 */
@Documented
@Constraint(validatedBy = OpeningHours.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface OpeningHours {

  /** The longest value it accepts. */
  int MAX_LENGTH = 500;

  String message() default
      "must use the OpenStreetMap opening_hours syntax, e.g. Mo-Fr 09:00-12:30,13:30-17:00";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Validator implements ConstraintValidator<OpeningHours, String> {

    private static final int REMEMBERED = 1_000;

    /**
     * The verdicts on the values seen, the {@value #REMEMBERED} most used: an import's thousands of
     * rows share a few opening hours, which the parser would read again each time.
     */
    private static final Cache<String, Boolean> VERDICTS =
        Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValidSyntax(value);
    }

    public static boolean isValidSyntax(String value) {
      return value.length() <= MAX_LENGTH && VERDICTS.get(value, Validator::parses);
    }

    private static boolean parses(String value) {
      if (value.isBlank() || value.length() > MAX_LENGTH) {
        return false;
      }
      try {
        new OpeningHoursParser(new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8)))
            .rules(true);
        return true;
      } catch (OpeningHoursParseException | RuntimeException e) {
        return false;
      }
    }
  }
}
