package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The checks fail on the mistakes they are there for: each test breaks a rendered object once. */
class MistakesAreCaughtTest {

  private final List<ObjectNode> prod = Kustomize.overlay("prod");
  private final SchemaCatalog schemas = SchemaCatalog.get();

  @Test
  void a_misspelt_field_of_a_built_in_kind_is_refused() {
    ObjectNode container = container(named(prod, "Deployment", "referral"));
    container.set("readinesProbe", container.remove("readinessProbe"));

    assertThat(schemas.violations(named(prod, "Deployment", "referral")))
        .singleElement()
        .asString()
        .contains("Deployment/referral", "/spec/template/spec/containers/0", "readinesProbe");
  }

  @Test
  void every_kind_rendered_refuses_an_unknown_field_at_its_top_and_in_its_spec() {
    for (ObjectNode object : prod) {
      ObjectNode top = object.deepCopy();
      top.put("unknownField", "x");
      assertThat(schemas.violations(top)).as(Manifests.id(object)).isNotEmpty();
      if (object.path("spec").isObject()) {
        ObjectNode nested = object.deepCopy();
        ((ObjectNode) nested.get("spec")).put("unknownField", "x");
        assertThat(schemas.violations(nested)).as(Manifests.id(object) + " spec").isNotEmpty();
      }
    }
  }

  @Test
  void a_wrong_type_is_refused() {
    ObjectNode deployment = named(prod, "Deployment", "gateway");
    ((ObjectNode) deployment.get("spec")).put("replicas", "2");

    assertThat(schemas.violations(deployment))
        .singleElement()
        .asString()
        .contains("Deployment/gateway", "/spec/replicas", "wrong type");
  }

  @Test
  void a_label_value_that_is_not_a_string_is_refused() {
    ObjectNode service = named(prod, "Service", "referral");
    ((ObjectNode) service.at("/metadata/labels")).put("passerelle.fr/public", true);

    assertThat(schemas.violations(service))
        .singleElement()
        .asString()
        .contains("Service/referral", "/metadata/labels/passerelle.fr~1public", "wrong type");
  }

  @Test
  void a_wrong_type_in_a_custom_resource_is_refused() {
    ObjectNode topic = named(prod, "KafkaTopic", "passerelle-referral-v1");
    ((ObjectNode) topic.get("spec")).put("partitions", "6");
    ObjectNode cluster = named(prod, "Cluster", "referral-db");
    ((ObjectNode) cluster.get("spec")).put("instances", "3");

    assertThat(schemas.violations(topic))
        .singleElement()
        .asString()
        .contains("KafkaTopic/passerelle-referral-v1", "/spec/partitions");
    assertThat(schemas.violations(cluster))
        .singleElement()
        .asString()
        .contains("Cluster/referral-db", "/spec/instances", "integer");
  }

  @Test
  void a_misspelt_field_of_a_custom_resource_is_refused() {
    ObjectNode topic = named(prod, "KafkaTopic", "passerelle-referral-v1");
    ObjectNode spec = (ObjectNode) topic.get("spec");
    spec.set("partition", spec.remove("partitions"));

    assertThat(schemas.violations(topic))
        .singleElement()
        .asString()
        .contains("KafkaTopic/passerelle-referral-v1", "partition");
  }

  @Test
  void a_value_that_a_custom_resource_does_not_take_is_refused() {
    ObjectNode user = named(prod, "KafkaUser", "referral-kafka");
    ((ArrayNode) user.at("/spec/authorization/acls/0/operations")).set(0, "Wrtie");

    assertThat(schemas.violations(user))
        .singleElement()
        .asString()
        .contains("KafkaUser/referral-kafka", "/spec/authorization/acls/0/operations/0", "Wrtie");
  }

  @Test
  void a_field_that_strimzi_dropped_from_its_v1_api_is_refused() {
    ObjectNode kafka = named(prod, "Kafka", "passerelle");
    ((ObjectNode) kafka.at("/spec/kafka")).put("replicas", 3);

    assertThat(schemas.violations(kafka))
        .singleElement()
        .asString()
        .contains("Kafka/passerelle", "/spec/kafka", "replicas", "only in v1beta2");
    assertThat(StrimziApiVersion.includes("v1alpha1-v1beta2")).isFalse();
    assertThat(StrimziApiVersion.includes("v1beta2+")).isTrue();
    assertThat(StrimziApiVersion.includes("v1")).isTrue();
  }

  @Test
  void a_misspelt_field_deep_in_an_operator_resource_is_refused() {
    ObjectNode cluster = named(prod, "Cluster", "referral-db");
    ((ObjectNode) cluster.at("/spec/bootstrap/initdb")).put("ownr", "referral");

    assertThat(schemas.violations(cluster))
        .singleElement()
        .asString()
        .contains("Cluster/referral-db", "/spec/bootstrap/initdb", "ownr");
  }

  @Test
  void a_misspelt_field_in_metadata_of_a_custom_resource_is_refused() {
    ObjectNode user = named(prod, "KafkaUser", "referral-kafka");
    ((ObjectNode) user.get("metadata")).put("label", "x");
    ObjectNode cluster = named(prod, "Cluster", "referral-db");
    ((ObjectNode) cluster.get("metadata")).put("annotation", "x");

    assertThat(schemas.violations(user))
        .singleElement()
        .asString()
        .contains("KafkaUser/referral-kafka", "/metadata", "label");
    assertThat(schemas.violations(cluster))
        .singleElement()
        .asString()
        .contains("Cluster/referral-db", "/metadata", "annotation");
  }

  @Test
  void a_kind_without_a_pinned_schema_is_refused() {
    ObjectNode unknown = Kustomize.YAML.createObjectNode();
    unknown
        .put("apiVersion", "example.org/v1")
        .put("kind", "Widget")
        .putObject("metadata")
        .put("name", "w");

    assertThat(schemas.violations(unknown)).singleElement().asString().contains("no schema");
  }

  @Test
  void a_missing_probe_breaks_the_policy() {
    container(named(prod, "Deployment", "directory")).remove("livenessProbe");

    assertThat(Policies.containers(prod))
        .containsExactly("Deployment/directory container directory: no livenessProbe");
  }

  @Test
  void a_writable_root_a_missing_limit_and_latest_break_the_policies() {
    ObjectNode container = container(named(prod, "Deployment", "webhook"));
    ((ObjectNode) container.get("securityContext")).put("readOnlyRootFilesystem", false);
    ((ObjectNode) container.at("/resources/limits")).remove("memory");
    container.put("image", "passerelle/webhook-service:latest");

    assertThat(Policies.containers(prod))
        .containsExactlyInAnyOrder(
            "Deployment/webhook container webhook: no memory limits",
            "Deployment/webhook container webhook: root filesystem is writable (readOnlyRootFilesystem)");
    assertThat(Policies.pinnedImages(prod))
        .containsExactly(
            "Deployment/webhook: image passerelle/webhook-service:latest is not pinned to a tag");
  }

  @Test
  void an_untagged_image_breaks_the_policy() {
    assertThat(Policies.pinned("passerelle/gateway")).isFalse();
    assertThat(Policies.pinned("registry:5000/passerelle/gateway")).isFalse();
    assertThat(Policies.pinned("registry:5000/passerelle/gateway:0.1.0")).isTrue();
    assertThat(Policies.pinned("passerelle/gateway@sha256:0123")).isTrue();
  }

  @Test
  void an_image_naming_a_registry_host_breaks_the_policy() {
    ObjectNode cluster = named(prod, "Cluster", "referral-db");
    ((ObjectNode) cluster.get("spec")).put("imageName", "images.example.org/postgresql:17.5");

    assertThat(Policies.noRegistryHost(List.of(cluster)))
        .containsExactly(
            "Cluster/referral-db: image images.example.org/postgresql:17.5 names a registry host");
    assertThat(Policies.namesRegistryHost("registry:5000/passerelle/gateway:0.1.0")).isTrue();
    assertThat(Policies.namesRegistryHost("localhost/passerelle/gateway:0.1.0")).isTrue();
    assertThat(Policies.namesRegistryHost("passerelle/gateway:0.1.0")).isFalse();
    assertThat(Policies.namesRegistryHost("eclipse-temurin:17.0.16_8-jre")).isFalse();
  }

  @Test
  void a_secret_value_in_prod_and_a_missing_default_deny_break_the_policies() {
    ObjectNode secret = Kustomize.YAML.createObjectNode();
    secret.put("apiVersion", "v1").put("kind", "Secret");
    secret.putObject("metadata").put("name", "leaked").put("namespace", "passerelle");
    secret.putObject("stringData").put("password", "hunter2");
    List<ObjectNode> withoutDeny =
        prod.stream().filter(o -> !Manifests.name(o).equals("default-deny")).toList();

    assertThat(Policies.noSecretValues(List.of(secret)))
        .singleElement()
        .asString()
        .contains("Secret/leaked");
    assertThat(Policies.defaultDeny(withoutDeny))
        .containsExactly("namespace passerelle: no default-deny NetworkPolicy");
  }

  private static ObjectNode container(ObjectNode deployment) {
    return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
  }
}
