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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads deploy/demo-data/DEMO-directory.json through the gateway, as a directory admin would, and
 * gives the demo E2C staff user the first two demo sites. Skipped when the directory already has
 * schools (a second start keeps its data).
 */
public final class DemoData {

  /** Requests in flight at once: the gateway and the directory serve a few together. */
  private static final int AT_ONCE = 4;

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
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    try {
      Creator creator = new Creator(pool, adminToken);
      Map<String, String> ids = new HashMap<>();
      List<JsonNode> schools = list(demo.get("schools"));
      put(ids, schools, "siret", creator.createAll("/api/v1/schools", schools));
      List<JsonNode> sites = list(demo.get("sites"));
      List<JsonNode> siteBodies = new ArrayList<>();
      for (JsonNode site : sites) {
        ObjectNode body = site.deepCopy();
        body.put("schoolId", ids.get(site.get("schoolSiret").asText()));
        body.remove("schoolSiret");
        siteBodies.add(body);
      }
      List<String> siteIds = creator.createAll("/api/v1/sites", siteBodies);
      put(ids, sites, "code", siteIds);
      List<JsonNode> agencies = list(demo.get("agencies"));
      put(ids, agencies, "safir", creator.createAll("/api/v1/agencies", agencies));
      List<JsonNode> referents = list(demo.get("referents"));
      List<JsonNode> referentBodies = new ArrayList<>();
      for (JsonNode referent : referents) {
        ObjectNode body = referent.deepCopy();
        body.remove(List.of("key", "siteCode", "agencySafir"));
        if (referent.has("siteCode")) {
          body.put("siteId", ids.get(referent.get("siteCode").asText()));
        } else {
          body.put("agencyId", ids.get(referent.get("agencySafir").asText()));
        }
        referentBodies.add(body);
      }
      put(ids, referents, "key", creator.createAll("/api/v1/referents", referentBodies));
      List<JsonNode> pairings = new ArrayList<>();
      for (JsonNode pairing : demo.get("pairings")) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("agencyId", ids.get(pairing.get("agencySafir").asText()));
        body.put("siteId", ids.get(pairing.get("siteCode").asText()));
        body.put("since", pairing.get("since").asText());
        body.put("agencyReferentId", ids.get(pairing.get("agencyReferent").asText()));
        body.put("siteReferentId", ids.get(pairing.get("siteReferent").asText()));
        pairings.add(body);
      }
      creator.createAll("/api/v1/pairings", pairings);
      List<JsonNode> sessions = new ArrayList<>();
      for (JsonNode session : demo.get("sessions")) {
        sessions.add(session(session, ids));
      }
      creator.createAll("/api/v1/sessions", sessions);
      return siteIds;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** Remembers each item's new id under the item's own key (its SIRET, code, SAFIR...). */
  private static void put(
      Map<String, String> ids, List<JsonNode> items, String key, List<String> created) {
    for (int i = 0; i < items.size(); i++) {
      ids.put(items.get(i).get(key).asText(), created.get(i));
    }
  }

  /**
   * Creates records through the gateway a few at a time: each is a round trip through the gateway,
   * the directory and its database, and one after the other they made most of a first start.
   */
  private final class Creator {

    private final ExecutorService pool;
    private final String token;

    Creator(ExecutorService pool, String token) {
      this.pool = pool;
      this.token = token;
    }

    /** The new ids, in the bodies' order. */
    List<String> createAll(String path, List<JsonNode> bodies)
        throws IOException, InterruptedException {
      List<Future<String>> created = new ArrayList<>();
      for (JsonNode body : bodies) {
        created.add(pool.submit(() -> create(path, body, token)));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> id : created) {
        try {
          ids.add(id.get());
        } catch (ExecutionException e) {
          throw e.getCause() instanceof IOException failed
              ? failed
              : new IOException("POST " + path + " failed", e.getCause());
        }
      }
      return ids;
    }
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
