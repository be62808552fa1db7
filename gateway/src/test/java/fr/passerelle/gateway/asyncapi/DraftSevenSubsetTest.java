package fr.passerelle.gateway.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class DraftSevenSubsetTest {

  @Test
  void a_schema_of_the_common_keywords_is_kept_without_its_dialect() {
    JsonObject schema =
        new JsonObject(
            """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:x",
             "type": "object", "additionalProperties": false, "required": ["ids"],
             "properties": {"ids": {"type": ["array", "null"], "items": {"type": "string",
               "format": "uuid"}}, "kind": {"enum": ["A", "B"], "examples": ["A"]}}}
            """);

    JsonObject described = DraftSevenSubset.of("x", schema);

    assertThat(described.containsKey("$schema")).isFalse();
    assertThat(described.getJsonObject("properties")).isEqualTo(schema.getJsonObject("properties"));
  }

  @Test
  void a_keyword_draft_07_reads_otherwise_is_refused_with_where_it_is() {
    assertThatThrownBy(
            () ->
                DraftSevenSubset.of(
                    "x", new JsonObject("{\"$defs\": {\"a\": {\"type\": \"string\"}}}")))
        .hasMessageContaining("x has /$defs");
    assertThatThrownBy(
            () ->
                DraftSevenSubset.of(
                    "x",
                    new JsonObject(
                        "{\"properties\": {\"pair\": {\"items\": [{\"type\": \"string\"}]}}}")))
        .hasMessageContaining("/properties/pair/items");
    assertThatThrownBy(
            () ->
                DraftSevenSubset.of(
                    "x",
                    new JsonObject(
                        "{\"anyOf\": [{\"unevaluatedProperties\": false}, {\"type\": \"null\"}]}")))
        .hasMessageContaining("/anyOf/0/unevaluatedProperties");
  }
}
