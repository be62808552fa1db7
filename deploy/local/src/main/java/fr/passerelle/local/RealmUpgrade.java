package fr.passerelle.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keycloak imports {@code deploy/keycloak/passerelle-realm.json} only into a realm that does not
 * exist yet, so a stack started before the file gained a role or a client would lack it (the
 * referral service's own client, for one). This adds what is missing through the admin API: realm
 * roles, clients, and the realm roles of the clients' service accounts. It never changes or removes
 * what exists.
 */
final class RealmUpgrade {

  private RealmUpgrade() {}

  /**
   * @return what was added, for the progress output; empty when the realm was up to date
   */
  static List<String> addMissing(Keycloak keycloak, String masterToken, Path realmFile)
      throws IOException, InterruptedException {
    JsonNode realm = Http.JSON.readTree(realmFile.toFile());
    String admin = keycloak.url() + "/admin/realms/" + realm.get("realm").asText();
    List<String> added = new ArrayList<>();

    Set<String> roles = new HashSet<>();
    Http.send("GET", admin + "/roles?briefRepresentation=true&max=1000", masterToken, null)
        .forEach(role -> roles.add(role.get("name").asText()));
    for (JsonNode role : realm.path("roles").path("realm")) {
      if (!roles.contains(role.get("name").asText())) {
        Http.send("POST", admin + "/roles", masterToken, role);
        added.add("role " + role.get("name").asText());
      }
    }

    for (JsonNode client : realm.path("clients")) {
      String clientId = client.get("clientId").asText();
      String query = admin + "/clients?clientId=" + encode(clientId);
      if (!Http.send("GET", query, masterToken, null).isEmpty()) {
        continue;
      }
      Http.send("POST", admin + "/clients", masterToken, client);
      added.add("client " + clientId);
      if (client.path("serviceAccountsEnabled").asBoolean()) {
        String id = Http.send("GET", query, masterToken, null).get(0).get("id").asText();
        String user =
            Http.send("GET", admin + "/clients/" + id + "/service-account-user", masterToken, null)
                .get("id")
                .asText();
        List<JsonNode> grants = new ArrayList<>();
        for (String role : serviceAccountRoles(realm, clientId)) {
          grants.add(Http.send("GET", admin + "/roles/" + encode(role), masterToken, null));
        }
        if (!grants.isEmpty()) {
          Http.send("POST", admin + "/users/" + user + "/role-mappings/realm", masterToken, grants);
        }
      }
    }
    return added;
  }

  private static List<String> serviceAccountRoles(JsonNode realm, String clientId) {
    List<String> roles = new ArrayList<>();
    for (JsonNode user : realm.path("users")) {
      if (clientId.equals(user.path("serviceAccountClientId").asText())) {
        user.path("realmRoles").forEach(role -> roles.add(role.asText()));
      }
    }
    return roles;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
