package fr.passerelle.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class OverlaysTest {

  private static final Set<String> SERVICES =
      Set.of("directory", "referral", "prospection", "reporting", "webhook", "gateway");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void renders_every_service_and_every_stateful_part(String overlay) {
    List<ObjectNode> objects = Kustomize.overlay(overlay);

    assertThat(names(objects, "Deployment")).isEqualTo(SERVICES);
    assertThat(names(objects, "Service")).isEqualTo(SERVICES);
    assertThat(names(objects, "ServiceMonitor")).isEqualTo(SERVICES);
    assertThat(names(objects, "Kafka")).containsExactly("passerelle");
    assertThat(names(objects, "KafkaTopic"))
        .containsExactlyInAnyOrder(
            "passerelle-directory-v1", "passerelle-referral-v1", "passerelle-prospection-v1");
    assertThat(names(objects, "Cluster"))
        .containsExactlyInAnyOrder(
            "directory-db",
            "referral-db",
            "prospection-db",
            "reporting-db",
            "webhook-db",
            "keycloak-db");
    assertThat(names(objects, "Keycloak")).containsExactly("keycloak");
    assertThat(names(objects, "KeycloakRealmImport")).containsExactly("passerelle-realm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void every_object_validates_against_the_pinned_schema_of_its_kind(String overlay) {
    List<String> violations =
        Kustomize.overlay(overlay).stream()
            .flatMap(o -> SchemaCatalog.get().violations(o).stream())
            .toList();

    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void meets_the_policies(String overlay) {
    assertThat(Policies.all(Kustomize.overlay(overlay))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void puts_everything_in_the_overlay_namespace(String overlay) {
    List<ObjectNode> objects = Kustomize.overlay(overlay);
    String namespace = overlay.equals("prod") ? "passerelle" : "passerelle-dev";

    assertThat(names(objects, "Namespace")).containsExactly(namespace);
    assertThat(objects)
        .filteredOn(o -> !Manifests.kind(o).equals("Namespace"))
        .allSatisfy(o -> assertThat(o.at("/metadata/namespace").asString("")).isEqualTo(namespace));
  }

  static Set<String> names(List<ObjectNode> objects, String kind) {
    return Manifests.ofKind(objects, kind).stream()
        .map(Manifests::name)
        .collect(Collectors.toSet());
  }
}
