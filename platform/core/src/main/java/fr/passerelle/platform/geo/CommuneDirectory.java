package fr.passerelle.platform.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * French communes, departments and regions, read once at start-up from the reference files in
 * {@code reference/} (La Poste's postal-code base with commune coordinates, and the official
 * geographic code as republished by {@code @etalab/decoupage-administratif} 6.0.0), when a service
 * first needs them: the directory places sites and agencies, prospection employers and openings.
 */
@Singleton
public class CommuneDirectory {

  private static final Logger LOG = Logger.getLogger(CommuneDirectory.class);

  private final Map<String, Commune> byInseeCode;
  private final Map<String, List<Commune>> byPostalCode;
  private final Map<String, String> departmentNames;
  private final Map<String, String> regionNames;
  private final Map<String, String> regionOfDepartment;

  /**
   * Paris, Marseille and Lyon are listed by municipal arrondissement; their commune codes are
   * added, with every postal code of their arrondissements and the arrondissements' mean position.
   */
  private static final Map<String, String[]> CITIES_WITH_ARRONDISSEMENTS =
      Map.of(
          "75056", new String[] {"Paris", "751"},
          "13055", new String[] {"Marseille", "132"},
          "69123", new String[] {"Lyon", "6938"});

  CommuneDirectory(ObjectMapper mapper) {
    Map<String, Commune> communes = readCommunes();
    CITIES_WITH_ARRONDISSEMENTS.forEach(
        (code, city) -> communes.putIfAbsent(code, cityOf(code, city[0], city[1], communes)));
    this.byInseeCode = Map.copyOf(communes);
    Map<String, List<Commune>> postal = new HashMap<>();
    for (Commune commune : communes.values()) {
      for (String postalCode : commune.postalCodes()) {
        postal.computeIfAbsent(postalCode, k -> new ArrayList<>()).add(commune);
      }
    }
    this.byPostalCode = Map.copyOf(postal);
    Map<String, String> regions = new HashMap<>();
    communes.values().forEach(c -> regions.putIfAbsent(c.departmentCode(), c.regionCode()));
    this.regionOfDepartment = Map.copyOf(regions);
    this.departmentNames = readNames(mapper, "reference/departements.json");
    this.regionNames = readNames(mapper, "reference/regions.json");
    LOG.infof(
        "Reference data: %d communes, %d postal codes, %d departments, %d regions",
        byInseeCode.size(), byPostalCode.size(), departmentNames.size(), regionNames.size());
  }

  public Optional<Commune> byInseeCode(String inseeCode) {
    return Optional.ofNullable(inseeCode).map(byInseeCode::get);
  }

  public List<Commune> byPostalCode(String postalCode) {
    return postalCode == null ? List.of() : byPostalCode.getOrDefault(postalCode, List.of());
  }

  public Collection<Commune> all() {
    return byInseeCode.values();
  }

  public Optional<String> departmentName(String code) {
    return Optional.ofNullable(departmentNames.get(code));
  }

  /** The region of a department ({@code 59} → {@code 32}). */
  public Optional<String> regionOf(String departmentCode) {
    return Optional.ofNullable(departmentCode).map(regionOfDepartment::get);
  }

  public Optional<String> regionName(String code) {
    return Optional.ofNullable(regionNames.get(code));
  }

  private static Commune cityOf(
      String code, String name, String arrondissementPrefix, Map<String, Commune> communes) {
    List<Commune> parts =
        communes.values().stream()
            .filter(c -> c.inseeCode().startsWith(arrondissementPrefix))
            .toList();
    return new Commune(
        code,
        name,
        parts.stream().flatMap(c -> c.postalCodes().stream()).distinct().sorted().toList(),
        parts.get(0).departmentCode(),
        parts.get(0).regionCode(),
        parts.stream().mapToDouble(Commune::latitude).average().orElseThrow(),
        parts.stream().mapToDouble(Commune::longitude).average().orElseThrow());
  }

  private static Map<String, Commune> readCommunes() {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    try (BufferedReader reader = open("reference/communes-geo.csv")) {
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = parseCsvLine(line);
        rows.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Commune> communes = new HashMap<>();
    rows.forEach(
        (insee, lines) -> {
          String[] first = lines.get(0);
          List<String> postalCodes = lines.stream().map(l -> l[1]).distinct().toList();
          communes.put(
              insee,
              new Commune(
                  insee,
                  first[2],
                  postalCodes,
                  first[3],
                  first[4],
                  Double.parseDouble(first[5]),
                  Double.parseDouble(first[6])));
        });
    return communes;
  }

  /** The reference file quotes names that contain a comma; no field contains a quote. */
  private static String[] parseCsvLine(String line) {
    List<String> fields = new ArrayList<>(7);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }

  private static Map<String, String> readNames(ObjectMapper mapper, String resource) {
    try (InputStream in = resource(resource)) {
      Map<String, String> names = new HashMap<>();
      for (JsonNode node : mapper.readTree(in)) {
        names.put(node.get("code").asText(), node.get("nom").asText());
      }
      return Map.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader open(String name) {
    return new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8));
  }

  private static InputStream resource(String name) {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing reference data " + name);
    }
    return in;
  }
}
