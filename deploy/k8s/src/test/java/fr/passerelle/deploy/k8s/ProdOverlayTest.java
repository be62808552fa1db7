package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.Manifests.named;
import static fr.passerelle.deploy.k8s.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ProdOverlayTest {

  private final List<ObjectNode> prod = Kustomize.overlay("prod");

  @Test
  void holds_no_secret_value() {
    assertThat(Policies.noSecretValues(prod)).isEmpty();
    assertThat(ofKind(prod, "Secret")).isEmpty();
  }

  @Test
  void runs_three_kafka_nodes_with_replication_3_and_two_in_sync_kept_forever() {
    ObjectNode pool = named(prod, "KafkaNodePool", "dual-role");
    assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(3);
    assertThat(pool.at("/spec/roles").toString()).contains("controller", "broker");
    assertThat(ofKind(prod, "KafkaTopic"))
        .allSatisfy(
            topic -> {
              assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
              assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
              assertThat(topic.at("/spec/config/retention.ms").asLong()).isEqualTo(-1);
            });
    assertThat(
            named(prod, "Kafka", "passerelle").at("/spec/kafka/config/min.insync.replicas").asInt())
        .isEqualTo(2);
  }

  @Test
  void runs_three_postgresql_instances_per_database_never_two_on_a_node_with_nightly_backups() {
    assertThat(ofKind(prod, "Cluster"))
        .allSatisfy(
            cluster -> {
              assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
              assertThat(cluster.at("/spec/affinity/podAntiAffinityType").asString())
                  .isEqualTo("required");
              assertThat(cluster.at("/spec/plugins/0/isWALArchiver").asBoolean()).isTrue();
              String name = Manifests.name(cluster);
              assertThat(ofKind(prod, "ScheduledBackup"))
                  .anySatisfy(
                      b -> assertThat(b.at("/spec/cluster/name").asString()).isEqualTo(name));
            });
  }

  @Test
  void keeps_two_replicas_at_least_and_scales_the_api_services_on_cpu() {
    assertThat(ofKind(prod, "Deployment"))
        .filteredOn(d -> d.at("/spec/replicas").isMissingNode())
        .extracting(Manifests::name)
        .containsExactlyInAnyOrder("gateway", "directory", "referral", "prospection", "reporting");
    assertThat(named(prod, "Deployment", "webhook").at("/spec/replicas").asInt()).isEqualTo(2);
    assertThat(named(prod, "Keycloak", "keycloak").at("/spec/instances").asInt())
        .isGreaterThanOrEqualTo(2);
    assertThat(ofKind(prod, "HorizontalPodAutoscaler"))
        .extracting(h -> h.at("/spec/scaleTargetRef/name").asString())
        .containsExactlyInAnyOrder("gateway", "directory", "referral", "prospection", "reporting");
    assertThat(ofKind(prod, "HorizontalPodAutoscaler"))
        .allSatisfy(
            h -> {
              assertThat(h.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
              assertThat(h.at("/spec/metrics/0/resource/name").asString()).isEqualTo("cpu");
            });
  }

  @Test
  void publishes_the_gateway_and_the_sign_in_over_tls_on_the_overlay_hosts() {
    ObjectNode gateway = named(prod, "Ingress", "gateway");
    assertThat(gateway.at("/spec/rules/0/host").asString()).isEqualTo("api.passerelle.example");
    assertThat(gateway.at("/spec/tls/0/hosts/0").asString()).isEqualTo("api.passerelle.example");
    assertThat(named(prod, "Keycloak", "keycloak").at("/spec/hostname/hostname").asString())
        .isEqualTo("https://auth.passerelle.example");
    assertThat(ofKind(prod, "Ingress")).hasSize(2);
  }
}
