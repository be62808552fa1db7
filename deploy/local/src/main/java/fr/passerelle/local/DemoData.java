package fr.passerelle.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads deploy/demo-data/DEMO-directory.json through the gateway, as a directory admin would, and
 * gives the demo E2C staff user the first two demo sites. Skipped when the directory already has
 * schools (a second start keeps its data).
 */
public final class DemoData {

  private final String gateway;
  private final Path file;

  DemoData(String gateway, Path root) {
    this.gateway = gateway;
    this.file = root.resolve("deploy/demo-data/DEMO-directory.json");
  }

  /**
   * @return the ids of the demo sites, in file order; empty when the data was already there
   */
  public List<String> loadIfEmpty(String adminToken) throws IOException, InterruptedException {
    JsonNode existing = Http.send("GET", gateway + "/api/v1/schools?limit=1", adminToken, null);
    if (!existing.get("items").isEmpty()) {
      return List.of();
    }
    JsonNode demo = Http.JSON.readTree(file.toFile());
    Map<String, String> ids = new HashMap<>();
    for (JsonNode school : demo.get("schools")) {
      ids.put(school.get("siret").asText(), create("/api/v1/schools", school, adminToken));
    }
    List<String> sites = new ArrayList<>();
    for (JsonNode site : demo.get("sites")) {
      ObjectNode body = site.deepCopy();
      body.put("schoolId", ids.get(site.get("schoolSiret").asText()));
      body.remove("schoolSiret");
      String id = create("/api/v1/sites", body, adminToken);
      ids.put(site.get("code").asText(), id);
      sites.add(id);
    }
    for (JsonNode agency : demo.get("agencies")) {
      ids.put(agency.get("safir").asText(), create("/api/v1/agencies", agency, adminToken));
    }
    for (JsonNode referent : demo.get("referents")) {
      ObjectNode body = referent.deepCopy();
      body.remove(List.of("key", "siteCode", "agencySafir"));
      if (referent.has("siteCode")) {
        body.put("siteId", ids.get(referent.get("siteCode").asText()));
      } else {
        body.put("agencyId", ids.get(referent.get("agencySafir").asText()));
      }
      ids.put(referent.get("key").asText(), create("/api/v1/referents", body, adminToken));
    }
    for (JsonNode pairing : demo.get("pairings")) {
      ObjectNode body = Http.JSON.createObjectNode();
      body.put("agencyId", ids.get(pairing.get("agencySafir").asText()));
      body.put("siteId", ids.get(pairing.get("siteCode").asText()));
      body.put("since", pairing.get("since").asText());
      body.put("agencyReferentId", ids.get(pairing.get("agencyReferent").asText()));
      body.put("siteReferentId", ids.get(pairing.get("siteReferent").asText()));
      create("/api/v1/pairings", body, adminToken);
    }
    for (JsonNode session : demo.get("sessions")) {
      create("/api/v1/sessions", session(session, ids), adminToken);
    }
    return sites;
  }

  private static ObjectNode session(JsonNode session, Map<String, String> ids) {
    ZonedDateTime start =
        ZonedDateTime.of(
            LocalDate.now().plusDays(session.get("inDays").asInt()),
            LocalTime.parse(session.get("startTime").asText()),
            ZoneId.of("Europe/Paris"));
    ObjectNode body = Http.JSON.createObjectNode();
    body.put("siteId", ids.get(session.get("siteCode").asText()));
    body.put("venue", session.get("venue").asText());
    if (session.has("agencySafir")) {
      body.put("agencyId", ids.get(session.get("agencySafir").asText()));
    }
    body.put("format", session.get("format").asText());
    body.put("startsAt", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    body.put(
        "endsAt",
        start
            .plusHours(session.get("hours").asInt())
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    body.put("capacity", session.get("capacity").asInt());
    return body;
  }

  private String create(String path, JsonNode body, String token)
      throws IOException, InterruptedException {
    return Http.send("POST", gateway + path, token, body).get("id").asText();
  }

  /** Sets the {@code e2c_sites} attribute of a demo user through Keycloak's admin API. */
  static void giveSites(Keycloak keycloak, String masterToken, String username, List<String> sites)
      throws IOException, InterruptedException {
    updateSites(keycloak, masterToken, username, false, sites);
  }

  /** Adds sites to the {@code e2c_sites} attribute of a demo user, keeping those it has. */
  static void addSites(Keycloak keycloak, String masterToken, String username, List<String> sites)
      throws IOException, InterruptedException {
    updateSites(keycloak, masterToken, username, true, sites);
  }

  private static void updateSites(
      Keycloak keycloak, String masterToken, String username, boolean keep, List<String> sites)
      throws IOException, InterruptedException {
    Set<String> all = new LinkedHashSet<>();
    if (keep) {
      JsonNode attributes = user(keycloak, masterToken, username).path("attributes");
      attributes.path("e2c_sites").forEach(site -> all.add(site.asText()));
    }
    all.addAll(sites);
    setAttribute(keycloak, masterToken, username, "e2c_sites", List.copyOf(all));
  }

  /**
   * Sets one attribute of a demo user through Keycloak's admin API, unless it has these values
   * already; the user's next token carries them.
   *
   * @return whether it changed
   */
  static boolean setAttribute(
      Keycloak keycloak, String masterToken, String username, String attribute, List<String> values)
      throws IOException, InterruptedException {
    ObjectNode user = user(keycloak, masterToken, username);
    // The full representation goes back: a PUT of the attributes alone clears the user's names.
    ObjectNode attributes =
        user.has("attributes") ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
    List<String> current = new ArrayList<>();
    attributes.path(attribute).forEach(value -> current.add(value.asText()));
    if (current.equals(values)) {
      return false;
    }
    attributes.set(attribute, Http.JSON.valueToTree(values));
    Http.send("PUT", users(keycloak) + "/" + user.get("id").asText(), masterToken, user);
    return true;
  }

  private static ObjectNode user(Keycloak keycloak, String masterToken, String username)
      throws IOException, InterruptedException {
    JsonNode found =
        Http.send("GET", users(keycloak) + "?exact=true&username=" + username, masterToken, null);
    return (ObjectNode) found.get(0);
  }

  private static String users(Keycloak keycloak) {
    return keycloak.url() + "/admin/realms/passerelle/users";
  }
}
