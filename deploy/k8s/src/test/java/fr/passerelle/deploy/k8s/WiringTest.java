package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the settings name exists: ports, Services, the databases and Kafka users they read. */
class WiringTest {

  private static final Map<String, String> CONFIG_MAPS =
      Map.of(
          "directory", "directory-config",
          "referral", "referral-config",
          "prospection", "prospection-config",
          "reporting", "reporting-config",
          "webhook", "webhook-config",
          "gateway", "gateway-config");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void each_service_listens_where_its_service_and_probes_point(String overlay) {
    List<ObjectNode> objects = Kustomize.overlay(overlay);
    CONFIG_MAPS.forEach(
        (service, configMap) -> {
          JsonNode data = named(objects, "ConfigMap", configMap).path("data");
          JsonNode container =
              named(objects, "Deployment", service).at("/spec/template/spec/containers/0");
          assertThat(port(container, "http")).isEqualTo(data.path("HTTP_PORT").asInt());
          assertThat(port(container, "management")).isEqualTo(data.path("MANAGEMENT_PORT").asInt());
          JsonNode ports = named(objects, "Service", service).at("/spec/ports");
          assertThat(ports.values())
              .extracting(p -> p.path("port").asInt())
              .containsExactlyInAnyOrder(
                  data.path("HTTP_PORT").asInt(), data.path("MANAGEMENT_PORT").asInt());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void the_gateway_and_the_referral_service_call_services_that_exist(String overlay) {
    List<ObjectNode> objects = Kustomize.overlay(overlay);
    JsonNode gateway = named(objects, "ConfigMap", "gateway-config").path("data");
    JsonNode referral = named(objects, "ConfigMap", "referral-config").path("data");
    List<String> urls =
        gateway.properties().stream()
            .filter(e -> e.getKey().endsWith("_URL") && !e.getKey().startsWith("STEERING"))
            .map(e -> e.getValue().asString())
            .collect(java.util.stream.Collectors.toList());
    urls.add(referral.path("DIRECTORY_URL").asString());

    assertThat(urls).hasSizeGreaterThan(10);
    for (String url : urls) {
      URI uri = URI.create(url);
      if (uri.getHost().equals("keycloak-service")) {
        continue;
      }
      JsonNode ports = named(objects, "Service", uri.getHost()).at("/spec/ports");
      assertThat(ports.values())
          .as(url)
          .anySatisfy(p -> assertThat(p.path("port").asInt()).isEqualTo(uri.getPort()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void each_service_reads_its_own_database_and_kafka_user(String overlay) {
    List<ObjectNode> objects = Kustomize.overlay(overlay);
    for (String service : List.of("directory", "referral", "prospection", "reporting", "webhook")) {
      JsonNode pod = named(objects, "Deployment", service).at("/spec/template/spec");
      List<String> secrets =
          pod.at("/containers/0/env").values().stream()
              .map(e -> e.at("/valueFrom/secretKeyRef/name").asString(""))
              .filter(s -> s.endsWith("-db-app") || s.endsWith("-kafka"))
              .distinct()
              .toList();
      assertThat(secrets).containsExactlyInAnyOrder(service + "-db-app", service + "-kafka");
      assertThat(
              named(objects, "ConfigMap", CONFIG_MAPS.get(service)).at("/data/DB_URL").asString())
          .startsWith("jdbc:postgresql://" + service + "-db-rw:5432/" + service + "?");
      assertThat(
              named(objects, "Cluster", service + "-db")
                  .at("/spec/bootstrap/initdb/database")
                  .asString())
          .isEqualTo(service);
    }
  }

  private static int port(JsonNode container, String name) {
    return container.path("ports").values().stream()
        .filter(p -> name.equals(p.path("name").asString("")))
        .findFirst()
        .orElseThrow()
        .path("containerPort")
        .asInt();
  }
}
