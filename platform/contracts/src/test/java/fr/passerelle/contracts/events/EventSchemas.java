package fr.passerelle.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps the committed JSON Schema of each event and its payload record from drifting apart.
 *
 * <p>{@link #describe(Class)} derives the structure a record serialises to (property names, JSON
 * types, formats, enum values, required properties: every component not marked {@link Nullable},
 * which may instead be null); {@link #differences(EventType)} compares it with the committed
 * schema, which may add descriptions and examples but must agree on the structure.
 */
final class EventSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> STRUCTURAL =
      Set.of("type", "format", "enum", "properties", "required", "items", "additionalProperties");

  private EventSchemas() {}

  /** The committed schema of an event type. */
  public static JsonNode committed(EventType<?> eventType) {
    try {
      return MAPPER.readTree(eventType.schemaText());
    } catch (IOException e) {
      throw new IllegalStateException("unreadable JSON Schema " + eventType.schemaResource(), e);
    }
  }

  /** What the committed schema says that the record does not, one line per difference. */
  public static List<String> differences(EventType<?> eventType) {
    List<String> differences = new ArrayList<>();
    compare("$", describe(eventType.payloadType()), committed(eventType), differences);
    return differences;
  }

  /** The structure of a record's JSON form, as a JSON Schema (draft 2020-12) object. */
  public static ObjectNode describe(Class<? extends Record> recordType) {
    ObjectNode schema = JSON.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (RecordComponent component : recordType.getRecordComponents()) {
      ObjectNode property = describe(component.getGenericType());
      if (component.isAnnotationPresent(Nullable.class)
          || component.getAccessor().isAnnotationPresent(Nullable.class)) {
        allowNull(property);
      } else {
        required.add(component.getName());
      }
      properties.set(component.getName(), property);
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  /** A nullable component may be absent or JSON null. */
  private static void allowNull(ObjectNode property) {
    ArrayNode types = JSON.arrayNode().add(property.get("type").asText()).add("null");
    property.set("type", types);
    if (property.has("enum")) {
      ((ArrayNode) property.get("enum")).addNull();
    }
  }

  @SuppressWarnings("unchecked")
  private static ObjectNode describe(Type type) {
    ObjectNode node = JSON.objectNode();
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        node.put("type", "array");
        node.set("items", describe(arguments[0]));
        return node;
      }
      if (Map.class.isAssignableFrom(raw)) {
        node.put("type", "object");
        node.set("additionalProperties", describe(arguments[1]));
        return node;
      }
      throw new IllegalArgumentException("unsupported payload type " + type);
    }
    Class<?> cls = (Class<?>) type;
    if (cls.isRecord()) {
      return describe((Class<? extends Record>) cls);
    }
    if (cls.isEnum()) {
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      for (Object constant : cls.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return node;
    }
    if (cls == String.class) {
      node.put("type", "string");
    } else if (cls == UUID.class) {
      node.put("type", "string").put("format", "uuid");
    } else if (cls == Instant.class || cls == OffsetDateTime.class) {
      node.put("type", "string").put("format", "date-time");
    } else if (cls == LocalDate.class) {
      node.put("type", "string").put("format", "date");
    } else if (cls == int.class
        || cls == Integer.class
        || cls == long.class
        || cls == Long.class
        || cls == short.class
        || cls == Short.class) {
      node.put("type", "integer");
    } else if (cls == double.class
        || cls == Double.class
        || cls == float.class
        || cls == Float.class
        || cls == BigDecimal.class) {
      node.put("type", "number");
    } else if (cls == boolean.class || cls == Boolean.class) {
      node.put("type", "boolean");
    } else {
      throw new IllegalArgumentException("unsupported payload type " + cls.getName());
    }
    return node;
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(path + ": missing from the committed schema");
      return;
    }
    for (String keyword : STRUCTURAL) {
      JsonNode want = expected.get(keyword);
      JsonNode have = actual.get(keyword);
      if (want == null) {
        if (have != null && !"additionalProperties".equals(keyword)) {
          out.add(path + ": schema has '" + keyword + "' the record does not");
        }
        continue;
      }
      switch (keyword) {
        case "properties" -> compareProperties(path, want, have, out);
        case "items", "additionalProperties" -> {
          if (want.isObject()) {
            compare(path + "[*]", want, have, out);
          } else if (!want.equals(have)) {
            out.add(path + ": '" + keyword + "' should be " + want + " but is " + have);
          }
        }
        case "required", "enum" -> {
          if (!asSet(want).equals(asSet(have))) {
            out.add(
                path + ": '" + keyword + "' should be " + asSet(want) + " but is " + asSet(have));
          }
        }
        default -> {
          if (!want.equals(have)) {
            out.add(path + ": '" + keyword + "' should be " + want + " but is " + have);
          }
        }
      }
    }
  }

  private static void compareProperties(
      String path, JsonNode want, JsonNode have, List<String> out) {
    if (have == null || !have.isObject()) {
      out.add(path + ": 'properties' missing from the committed schema");
      return;
    }
    Set<String> names = new TreeSet<>();
    want.fieldNames().forEachRemaining(names::add);
    have.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (!want.has(name)) {
        out.add(path + "." + name + ": in the schema but not in the record");
      } else {
        compare(path + "." + name, want.get(name), have.get(name), out);
      }
    }
  }

  private static Set<String> asSet(JsonNode array) {
    Set<String> values = new TreeSet<>();
    if (array != null) {
      for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
        values.add(it.next().asText());
      }
    }
    return values;
  }
}
