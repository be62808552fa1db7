package fr.passerelle.directory.datainclusion;

import static fr.passerelle.platform.testing.Callers.partner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.passerelle.directory.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The export validates against JSON Schemas written from the published data·inclusion v1 field
 * definitions (src/test/resources/data-inclusion/v1, with their source commit).
 */
@QuarkusTest
class DataInclusionExportTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void every_exported_structure_is_a_valid_v1_structure_of_the_e2c_network() throws IOException {
    UUID site = Fixtures.site("29019", "29200");

    String body =
        partner()
            .get("/api/v1/data-inclusion/structures")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    JsonNode structures = mapper.readTree(body);
    assertThat(structures.size()).isGreaterThan(0);
    assertThat(violations("structure", structures)).isEmpty();
    JsonNode ours = find(structures, "id", siteCode(site));
    assertThat(ours.get("reseaux_porteurs").get(0).asText())
        .isEqualTo("ecoles-de-la-deuxieme-chance");
    assertThat(ours.get("code_insee").asText()).isEqualTo("29019");
    assertThat(ours.get("commune").asText()).isEqualTo("Brest");
    assertThat(LocalDate.parse(ours.get("date_maj").asText())).isBeforeOrEqualTo(LocalDate.now());
  }

  @Test
  void every_exported_service_is_valid_and_belongs_to_an_exported_structure() throws IOException {
    UUID site = Fixtures.site("29019", "29200");
    Fixtures.session(site, 12, 9);

    JsonNode services =
        mapper.readTree(
            partner()
                .get("/api/v1/data-inclusion/services")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    JsonNode structures =
        mapper.readTree(
            partner()
                .get("/api/v1/data-inclusion/structures")
                .then()
                .statusCode(200)
                .extract()
                .asString());

    assertThat(violations("service", services)).isEmpty();
    Set<String> structureIds = new java.util.HashSet<>();
    structures.forEach(s -> structureIds.add(s.get("id").asText()));
    services.forEach(s -> assertThat(structureIds).contains(s.get("structure_id").asText()));
    String code = siteCode(site);
    List<String> types = new ArrayList<>();
    services.forEach(
        s -> {
          if (s.get("structure_id").asText().equals(code)) {
            types.add(s.get("type").asText());
          }
        });
    assertThat(types).containsExactlyInAnyOrder("accompagnement", "information");
  }

  private List<String> violations(String kind, JsonNode items) throws IOException {
    Schema schema;
    try (InputStream in =
        getClass().getResourceAsStream("/data-inclusion/v1/" + kind + ".schema.json")) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<String> all = new ArrayList<>();
    for (JsonNode item : items) {
      List<Error> errors = schema.validate(item.toString(), InputFormat.JSON);
      all.addAll(
          errors.stream()
              .map(e -> item.get("id").asText() + ": " + e)
              .collect(Collectors.toList()));
    }
    return all;
  }

  private static String siteCode(UUID site) {
    String code = partner().get("/api/v1/sites/" + site).then().extract().path("code");
    return DataInclusion.structureId(code);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.get(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("no item with " + field + " = " + value);
  }
}
