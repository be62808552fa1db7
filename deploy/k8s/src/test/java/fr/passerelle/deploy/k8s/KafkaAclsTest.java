package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each service's KafkaUser grants exactly what its code uses: the channels (topics and consumer
 * groups) of its application.properties, and Write on its own topic when it has one.
 */
class KafkaAclsTest {

  private final List<ObjectNode> prod = Kustomize.overlay("prod");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "partner-directory-service",
        "referral-service",
        "prospection-service",
        "reporting-service",
        "webhook-service"
      })
  void grants_a_service_its_own_topic_what_it_consumes_and_its_own_groups(String module)
      throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Kustomize.REPOSITORY
                .resolve(module)
                .resolve("src/main/resources/application.properties"))) {
      properties.load(in);
    }
    String service = properties.getProperty("quarkus.application.name");
    Set<String> consumed = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    for (String key : properties.stringPropertyNames()) {
      if (!key.startsWith("mp.messaging.incoming.")) {
        continue;
      }
      String value = properties.getProperty(key);
      if (key.endsWith(".topic") || key.endsWith(".topics")) {
        List.of(value.split(",")).forEach(t -> consumed.add(t.trim()));
      } else if (key.endsWith(".group.id")) {
        groups.add(value.trim());
      }
    }
    String ownTopic = "passerelle." + service + ".v1";
    Set<String> published =
        Manifests.ofKind(prod, "KafkaTopic").stream()
            .map(t -> t.at("/spec/topicName").asString())
            .filter(ownTopic::equals)
            .collect(Collectors.toSet());

    JsonNode acls = named(prod, "KafkaUser", service + "-kafka").at("/spec/authorization/acls");

    assertThat(resources(acls, "topic", "Write")).isEqualTo(published);
    assertThat(resources(acls, "topic", "Read")).isEqualTo(consumed);
    assertThat(resources(acls, "group", "Read")).isEqualTo(groups);
    assertThat(acls.values())
        .allSatisfy(
            acl -> {
              assertThat(acl.at("/resource/patternType").asString()).isEqualTo("literal");
              assertThat(acl.at("/resource/type").asString()).isIn("topic", "group");
            });
    assertThat(usesSecret(service, service + "-kafka")).isTrue();
  }

  private static Set<String> resources(JsonNode acls, String type, String operation) {
    return acls.values().stream()
        .filter(acl -> acl.at("/resource/type").asString().equals(type))
        .filter(
            acl ->
                acl.path("operations").values().stream()
                    .anyMatch(o -> o.asString().equals(operation)))
        .map(acl -> acl.at("/resource/name").asString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private boolean usesSecret(String deployment, String secret) {
    return named(prod, "Deployment", deployment)
        .at("/spec/template/spec/containers/0/env")
        .values()
        .stream()
        .anyMatch(e -> secret.equals(e.at("/valueFrom/secretKeyRef/name").asString("")));
  }
}
