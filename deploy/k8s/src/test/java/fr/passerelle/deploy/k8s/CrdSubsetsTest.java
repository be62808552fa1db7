package fr.passerelle.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The team's own CRD subsets (src/test/resources/crd-subsets) stay strict as they grow: every
 * object lists its fields and refuses others, and every field says what it holds.
 */
class CrdSubsetsTest {

  private static final Set<String> SAYS_WHAT_IT_HOLDS = Set.of("type", "const", "enum", "$ref");

  @Test
  void every_object_of_every_subset_is_closed_and_every_field_typed() {
    List<String> loose = new ArrayList<>();
    for (JsonNode subset : SchemaCatalog.subsets()) {
      String kind = subset.at("/properties/kind/const").asString();
      check(kind, "", subset, loose);
      for (Map.Entry<String, JsonNode> definition : subset.path("$defs").properties()) {
        check(kind, "/$defs/" + definition.getKey(), definition.getValue(), loose);
      }
    }

    assertThat(loose).isEmpty();
  }

  private static void check(String kind, String path, JsonNode schema, List<String> loose) {
    if (path.equals("/metadata")) {
      return; // checked against fabric8's ObjectMeta (SchemaCatalog)
    }
    if (SAYS_WHAT_IT_HOLDS.stream().noneMatch(schema::has)) {
      loose.add(kind + " " + path + ": says neither type, const, enum nor $ref");
    }
    JsonNode additional = schema.path("additionalProperties");
    if (schema.has("properties") && !(additional.isBoolean() && !additional.asBoolean())) {
      loose.add(kind + " " + path + ": lists its fields but accepts others");
    }
    if (schema.path("type").asString("").equals("object")
        && !schema.has("properties")
        && !schema.has("additionalProperties")) {
      loose.add(kind + " " + path + ": an object that says nothing of its fields");
    }
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      check(kind, path + "/" + property.getKey(), property.getValue(), loose);
    }
    if (additional.isObject()) {
      check(kind, path + "/*", additional, loose);
    }
    if (schema.path("items").isObject()) {
      check(kind, path + "/[]", schema.get("items"), loose);
    }
  }
}
