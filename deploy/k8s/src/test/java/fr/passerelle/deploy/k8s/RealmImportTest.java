package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm imported in each overlay is the one the local stack and the system tests verify
 * (deploy/keycloak/passerelle-realm.json): as it is in dev, without anything demo in prod.
 */
class RealmImportTest {

  private final JsonNode source = read();

  @Test
  void prod_imports_the_realm_without_demo_users_clients_or_secrets() {
    List<ObjectNode> prod = Kustomize.overlay("prod");
    JsonNode spec = named(prod, "KeycloakRealmImport", "passerelle-realm").path("spec");
    JsonNode realm = spec.path("realm");

    assertThat(realm.toString().toLowerCase()).doesNotContain("demo");
    assertThat(realm.path("users").values())
        .allSatisfy(
            user -> {
              assertThat(user.has("serviceAccountClientId")).as(user.toString()).isTrue();
              assertThat(user.has("credentials")).isFalse();
            });
    Set<String> placeholders = Set.copyOf(spec.path("placeholders").propertyNames());
    assertThat(realm.path("clients").values())
        .filteredOn(c -> c.has("secret"))
        .allSatisfy(
            client -> {
              String secret = client.path("secret").asString();
              assertThat(secret).matches("\\$\\{[A-Z_]+}");
              assertThat(placeholders).contains(secret.substring(2, secret.length() - 1));
            });
    assertThat(placeholders).hasSize(2);
    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
  }

  @Test
  void prod_keeps_the_roles_profile_and_token_shape_of_the_source_realm() {
    List<ObjectNode> prod = Kustomize.overlay("prod");
    JsonNode realm = named(prod, "KeycloakRealmImport", "passerelle-realm").at("/spec/realm");

    assertThat(realm.path("roles")).isEqualTo(source.path("roles"));
    assertThat(realm.path("components")).isEqualTo(source.path("components"));
    assertThat(realm.path("accessTokenLifespan")).isEqualTo(source.path("accessTokenLifespan"));
    assertThat(clientIds(realm))
        .isEqualTo(
            clientIds(source).stream()
                .filter(id -> !id.equals("partner-demo"))
                .collect(Collectors.toSet()));
    for (JsonNode client : realm.path("clients").values()) {
      JsonNode original = client(source, client.path("clientId").asString());
      for (String field :
          List.of(
              "protocolMappers", "defaultClientScopes", "serviceAccountsEnabled", "publicClient")) {
        assertThat(client.path(field))
            .as(client.path("clientId") + " " + field)
            .isEqualTo(original.path(field));
      }
    }
    for (JsonNode user : realm.path("users").values()) {
      JsonNode original =
          source.path("users").values().stream()
              .filter(u -> u.path("username").equals(user.path("username")))
              .findFirst()
              .orElseThrow();
      assertThat(user).isEqualTo(original);
    }
  }

  @Test
  void prod_portal_signs_in_on_the_gateway_host_only_and_without_password_grant() {
    List<ObjectNode> prod = Kustomize.overlay("prod");
    JsonNode portal =
        client(
            named(prod, "KeycloakRealmImport", "passerelle-realm").at("/spec/realm"),
            "passerelle-portal");
    String host = named(prod, "Ingress", "gateway").at("/spec/rules/0/host").asString();

    assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(portal.path("redirectUris").values())
        .extracting(JsonNode::asString)
        .containsExactly("https://" + host + "/*");
    assertThat(portal.path("webOrigins").values())
        .extracting(JsonNode::asString)
        .containsExactly("https://" + host);
  }

  @Test
  void dev_imports_the_demo_realm_as_the_local_stack_does() {
    List<ObjectNode> dev = Kustomize.overlay("dev");
    ObjectNode realm =
        (ObjectNode)
            named(dev, "KeycloakRealmImport", "passerelle-realm").at("/spec/realm").deepCopy();
    ObjectNode portal = (ObjectNode) client(realm, "passerelle-portal");
    String host = named(dev, "Ingress", "gateway").at("/spec/rules/0/host").asString();

    assertThat(portal.path("redirectUris").values())
        .extracting(JsonNode::asString)
        .containsExactly("http://127.0.0.1:*", "https://" + host + "/*");
    portal.set("redirectUris", client(source, "passerelle-portal").path("redirectUris"));
    ((ObjectNode) portal.path("attributes"))
        .set(
            "post.logout.redirect.uris",
            client(source, "passerelle-portal").at("/attributes/post.logout.redirect.uris"));
    assertThat(realm).isEqualTo(source);
  }

  private static Set<String> clientIds(JsonNode realm) {
    return realm.path("clients").values().stream()
        .map(c -> c.path("clientId").asString())
        .collect(Collectors.toSet());
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    return realm.path("clients").values().stream()
        .filter(c -> clientId.equals(c.path("clientId").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no client " + clientId));
  }

  private static JsonNode read() {
    try {
      return JsonMapper.builder()
          .build()
          .readTree(
              Files.readString(
                  Kustomize.REPOSITORY.resolve("deploy/keycloak/passerelle-realm.json")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
