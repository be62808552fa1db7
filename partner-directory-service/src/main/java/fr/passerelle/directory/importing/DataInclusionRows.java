package fr.passerelle.directory.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.directory.datainclusion.DataInclusion;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a JSON array of data·inclusion v1 structures. Each must carry the E2C network in {@code
 * reseaux_porteurs}; its {@code id} becomes the site code and its {@code siret} names the school.
 */
final class DataInclusionRows {

  private DataInclusionRows() {}

  static Iterator<ImportRow> read(Reader reader, ObjectMapper mapper) {
    JsonNode root;
    try {
      root = mapper.readTree(reader);
    } catch (IOException e) {
      throw new ImportFailedException("the file is not valid JSON");
    }
    if (root == null || !root.isArray()) {
      throw new ImportFailedException("expected a JSON array of data·inclusion v1 structures");
    }
    Iterator<JsonNode> structures = root.elements();
    return new Iterator<>() {
      private int index;

      @Override
      public boolean hasNext() {
        return structures.hasNext();
      }

      @Override
      public ImportRow next() {
        return row(++index, structures.next());
      }
    };
  }

  private static ImportRow row(int number, JsonNode structure) {
    List<String> problems = new ArrayList<>();
    if (!structure.isObject()) {
      problems.add("not a structure object");
    } else if (!isE2c(structure.path("reseaux_porteurs"))) {
      problems.add(
          "reseaux_porteurs: not a structure of the " + DataInclusion.E2C_NETWORK + " network");
    }
    Double latitude = number(structure, "latitude", problems);
    Double longitude = number(structure, "longitude", problems);
    return new ImportRow(
        number,
        text(structure, "id"),
        text(structure, "siret"),
        text(structure, "nom"),
        text(structure, "nom"),
        text(structure, "adresse"),
        text(structure, "code_insee"),
        text(structure, "code_postal"),
        latitude,
        longitude,
        text(structure, "telephone"),
        text(structure, "courriel"),
        text(structure, "horaires_accueil"),
        text(structure, "accessibilite_lieu"),
        null,
        List.of(),
        "ACTIVE",
        problems);
  }

  private static boolean isE2c(JsonNode networks) {
    if (!networks.isArray()) {
      return false;
    }
    for (JsonNode network : networks) {
      if (DataInclusion.E2C_NETWORK.equals(network.asText())) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  private static Double number(JsonNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      problems.add(field + ": not a number");
      return null;
    }
    return value.asDouble();
  }
}
