package fr.passerelle.deploy.k8s;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import java.util.List;
import java.util.Set;

/**
 * Compares what was written with what a model kept of it, written back: a value the model does not
 * know read as nothing (as Strimzi's enumerations do with a misspelt value) or read as something
 * else is reported.
 */
final class KeptAsWritten {

  /** The kind's own, matched before reading; Strimzi's models answer their storage version. */
  private static final Set<String> TYPE_FIELDS = Set.of("apiVersion", "kind");

  private KeptAsWritten() {}

  /** A mapper like {@code mapper} that writes back every property, also default or empty ones. */
  static ObjectMapper writingEverything(ObjectMapper mapper) {
    return mapper
        .copy()
        .setAnnotationIntrospector(
            new JacksonAnnotationIntrospector() {
              @Override
              public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
                return JsonInclude.Value.empty();
              }
            });
  }

  static void compare(
      JsonNode written, JsonNode kept, String path, String name, List<String> violations) {
    if (written.isNull()) {
      return;
    }
    if (kept == null || kept.isNull() || kept.isMissingNode()) {
      if (!(written.isContainerNode() && written.isEmpty())) {
        violations.add(name + " " + where(path) + ": " + written + " is not a value it takes");
      }
      return;
    }
    if (written.isObject()) {
      written.properties().stream()
          .filter(field -> !(path.isEmpty() && TYPE_FIELDS.contains(field.getKey())))
          .forEach(
              field ->
                  compare(
                      field.getValue(),
                      kept.get(field.getKey()),
                      path + "/" + escape(field.getKey()),
                      name,
                      violations));
    } else if (written.isArray() && kept.isArray() && written.size() == kept.size()) {
      for (int index = 0; index < written.size(); index++) {
        compare(written.get(index), kept.get(index), path + "/" + index, name, violations);
      }
    } else if (!sameValue(written, kept)) {
      violations.add(name + " " + where(path) + ": " + written + " is read as " + kept);
    }
  }

  private static boolean sameValue(JsonNode written, JsonNode kept) {
    if (written.isNumber() && kept.isNumber()) {
      return written.decimalValue().compareTo(kept.decimalValue()) == 0;
    }
    // A quantity written as a number (cpu: 2) is kept as its text. Where only text is due, a
    // number was already refused when reading.
    if (written.isNumber() && kept.isTextual()) {
      return written.asText().equals(kept.asText());
    }
    return written.equals(kept);
  }

  static String where(String path) {
    return path.isEmpty() ? "/" : path;
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
