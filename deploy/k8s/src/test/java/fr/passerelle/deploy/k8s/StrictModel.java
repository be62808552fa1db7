package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.KeptAsWritten.escape;
import static fr.passerelle.deploy.k8s.KeptAsWritten.where;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an object against the Java model of its kind published by its project (fabric8's model of
 * the Kubernetes API, Strimzi's of its resources):
 *
 * <ul>
 *   <li>it must deserialize into that class without any lenience (a string where a number is due is
 *       refused, and a number where a string is due, as the API server would);
 *   <li>nothing may land in the models' {@code additionalProperties}, where they keep the fields
 *       they do not know: each is an unknown field;
 *   <li>written back, the model must give every value as it was written ({@link KeptAsWritten});
 *   <li>for Strimzi's, the fields must be those of its API version ({@link StrimziApiVersion}).
 * </ul>
 *
 * Free-form fields (labels, annotations, ConfigMap data, Strimzi's {@code config}) are maps in the
 * models, not additional properties, so any key is accepted there.
 */
final class StrictModel {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(
              LogicalType.Textual,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private static final ObjectMapper WRITE_BACK = KeptAsWritten.writingEverything(MAPPER);

  private static final Map<Class<?>, Optional<Method>> ADDITIONAL_PROPERTIES =
      new ConcurrentHashMap<>();

  private StrictModel() {}

  /**
   * What {@code object} has that {@code model} refuses, each as "{@code <name> <JSON pointer>:
   * <what>}", the pointer starting with {@code prefix}.
   */
  static List<String> violations(
      String name, String prefix, tools.jackson.databind.JsonNode object, Class<?> model) {
    Object value;
    JsonNode read;
    try {
      read = MAPPER.readTree(object.toString());
      value = MAPPER.treeToValue(read, model);
    } catch (UnrecognizedPropertyException e) {
      List<JsonMappingException.Reference> path = e.getPath();
      return List.of(
          name
              + " "
              + where(prefix + pointer(path.subList(0, path.size() - 1)))
              + ": unknown field "
              + e.getPropertyName());
    } catch (JsonMappingException e) {
      return List.of(
          name
              + " "
              + where(prefix + pointer(e.getPath()))
              + ": wrong type or value, "
              + firstLine(e));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + object, e);
    }
    List<String> violations = new ArrayList<>();
    walk(value, prefix, name, violations);
    KeptAsWritten.compare(read, WRITE_BACK.valueToTree(value), prefix, name, violations);
    return violations;
  }

  private static void walk(Object value, String path, String name, List<String> violations) {
    if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        walk(item, path + "/" + index++, name, violations);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(item, path + "/" + escape(key.toString()), name, violations));
      return;
    }
    if (value == null || !isModel(value.getClass())) {
      return;
    }
    StrimziApiVersion.absentFrom(value.getClass())
        .ifPresent(
            versions ->
                violations.add(
                    name + " " + where(path) + ": " + value.getClass().getSimpleName() + versions));
    additionalProperties(value)
        .keySet()
        .forEach(field -> violations.add(name + " " + where(path) + ": unknown field " + field));
    BeanDescription bean =
        MAPPER.getSerializationConfig().introspect(MAPPER.constructType(value.getClass()));
    for (BeanPropertyDefinition property : bean.findProperties()) {
      AnnotatedMember accessor = property.getAccessor();
      if (accessor == null || property.getName().equals("additionalProperties")) {
        continue;
      }
      Object field = accessor.getValue(value);
      if (field == null && StrimziApiVersion.requires(accessor.getAnnotated())) {
        violations.add(name + " " + where(path) + ": missing required field " + property.getName());
      }
      if (field != null) {
        StrimziApiVersion.absentFrom(accessor.getAnnotated())
            .ifPresent(
                versions ->
                    violations.add(
                        name + " " + where(path) + ": field " + property.getName() + versions));
      }
      walk(field, path + "/" + escape(property.getName()), name, violations);
    }
  }

  private static boolean isModel(Class<?> type) {
    String name = type.getName();
    return !type.isEnum() && (name.startsWith("io.fabric8.") || name.startsWith("io.strimzi."));
  }

  private static Map<?, ?> additionalProperties(Object value) {
    Optional<Method> getter =
        ADDITIONAL_PROPERTIES.computeIfAbsent(
            value.getClass(),
            type -> {
              try {
                Method method = type.getMethod("getAdditionalProperties");
                return Map.class.isAssignableFrom(method.getReturnType())
                    ? Optional.of(method)
                    : Optional.empty();
              } catch (NoSuchMethodException e) {
                return Optional.empty();
              }
            });
    if (getter.isEmpty()) {
      return Map.of();
    }
    try {
      Map<?, ?> properties = (Map<?, ?>) getter.get().invoke(value);
      return properties == null ? Map.of() : properties;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the unknown fields of " + value.getClass(), e);
    }
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      pointer
          .append('/')
          .append(
              reference.getFieldName() != null
                  ? escape(reference.getFieldName())
                  : String.valueOf(reference.getIndex()));
    }
    return pointer.toString();
  }

  private static String firstLine(JsonMappingException e) {
    String message = e.getOriginalMessage();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
