package fr.passerelle.platform.identifiers;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * No {@link Nir} anywhere in the annotated value: on a request record, every text it holds is
 * checked, in nested records, lists and maps too, and each field holding one is reported with its
 * path. The value itself is never repeated in the message.
 */
@Documented
@Constraint(validatedBy = NoNir.Validator.class)
@Target({TYPE, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoNir {

  /** Names the rule ({@link Nir#RULE}), never the value. */
  String message() default Nir.RULE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Walks strings, records, collections and map values. */
  final class Validator implements ConstraintValidator<NoNir, Object> {

    private static final int MAX_DEPTH = 8;

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      List<String> fields = new ArrayList<>();
      collect(value, "", fields, 0);
      if (fields.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      String message = context.getDefaultConstraintMessageTemplate();
      for (String field : fields) {
        if (field.isEmpty()) {
          context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        } else {
          context
              .buildConstraintViolationWithTemplate(message)
              .addPropertyNode(field)
              .addConstraintViolation();
        }
      }
      return false;
    }

    private static void collect(Object value, String path, List<String> fields, int depth) {
      if (value == null || depth > MAX_DEPTH) {
        return;
      }
      if (value instanceof CharSequence text) {
        if (Nir.appearsIn(text)) {
          fields.add(path);
        }
      } else if (value instanceof Collection<?> items) {
        int index = 0;
        for (Object item : items) {
          collect(item, path + "[" + index++ + "]", fields, depth + 1);
        }
      } else if (value instanceof Map<?, ?> map) {
        map.forEach(
            (key, item) -> collect(item, join(path, String.valueOf(key)), fields, depth + 1));
      } else if (value.getClass().isRecord()) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
          collect(read(component, value), join(path, component.getName()), fields, depth + 1);
        }
      }
    }

    private static Object read(RecordComponent component, Object record) {
      try {
        component.getAccessor().setAccessible(true);
        return component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException("cannot read " + component.getName(), e);
      }
    }

    private static String join(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }
}
