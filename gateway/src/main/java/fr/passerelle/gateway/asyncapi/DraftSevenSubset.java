package fr.passerelle.gateway.asyncapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * The event schemas are written in JSON Schema 2020-12, which no AsyncAPI tool reads; the AsyncAPI
 * document declares them as draft-07, which every tool must read. That is true only while a schema
 * uses the keywords both dialects read alike: this check refuses any other (a {@code $defs}, a
 * {@code prefixItems}, an array {@code items}…), so a schema that outgrows the subset stops the
 * document from being built instead of being described wrongly.
 */
final class DraftSevenSubset {

  /** Keywords whose value is a map of names to schemas. */
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties");

  /** Keywords whose value is one schema. */
  private static final Set<String> SCHEMAS =
      Set.of(
          "items",
          "additionalProperties",
          "propertyNames",
          "contains",
          "not",
          "if",
          "then",
          "else");

  /** Keywords whose value is a list of schemas. */
  private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");

  /** Keywords whose value is no schema, read alike by both dialects. */
  private static final Set<String> VALUES =
      Set.of(
          "$id",
          "$comment",
          "title",
          "description",
          "examples",
          "default",
          "readOnly",
          "writeOnly",
          "deprecated",
          "type",
          "enum",
          "const",
          "format",
          "required",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "minLength",
          "maxLength",
          "pattern",
          "minItems",
          "maxItems",
          "uniqueItems",
          "minProperties",
          "maxProperties",
          "contentMediaType",
          "contentEncoding");

  private DraftSevenSubset() {}

  /**
   * The schema as draft-07 reads it: the same, without its {@code $schema} (the AsyncAPI message
   * names the dialect).
   *
   * @throws IllegalStateException when the schema uses a keyword outside the common subset
   */
  static JsonObject of(String name, JsonObject schema) {
    JsonObject copy = schema.copy();
    copy.remove("$schema");
    check(name, "", copy);
    return copy;
  }

  private static void check(String name, String at, JsonObject schema) {
    for (String keyword : schema.fieldNames()) {
      Object value = schema.getValue(keyword);
      String where = at + "/" + keyword;
      if (SCHEMA_MAPS.contains(keyword) && value instanceof JsonObject map) {
        for (String property : map.fieldNames()) {
          checkSchema(name, where + "/" + property, map.getValue(property));
        }
      } else if (SCHEMAS.contains(keyword)) {
        checkSchema(name, where, value);
      } else if (SCHEMA_LISTS.contains(keyword) && value instanceof JsonArray list) {
        for (int i = 0; i < list.size(); i++) {
          checkSchema(name, where + "/" + i, list.getValue(i));
        }
      } else if (!VALUES.contains(keyword)) {
        throw outsideTheSubset(name, where);
      }
    }
  }

  private static void checkSchema(String name, String where, Object value) {
    if (value instanceof JsonObject schema) {
      check(name, where, schema);
    } else if (!(value instanceof Boolean)) {
      throw outsideTheSubset(name, where);
    }
  }

  private static IllegalStateException outsideTheSubset(String name, String where) {
    return new IllegalStateException(
        "The JSON Schema of "
            + name
            + " has "
            + where
            + ", which JSON Schema draft-07 does not read as 2020-12 does: the AsyncAPI document"
            + " cannot describe it");
  }
}
