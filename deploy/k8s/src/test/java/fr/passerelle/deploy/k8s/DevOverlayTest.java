package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.Manifests.named;
import static fr.passerelle.deploy.k8s.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class DevOverlayTest {

  private final List<ObjectNode> dev = Kustomize.overlay("dev");

  @Test
  void runs_one_of_everything() {
    assertThat(ofKind(dev, "Deployment"))
        .allSatisfy(d -> assertThat(d.at("/spec/replicas").asInt()).isEqualTo(1));
    assertThat(ofKind(dev, "Cluster"))
        .allSatisfy(c -> assertThat(c.at("/spec/instances").asInt()).isEqualTo(1));
    assertThat(named(dev, "KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(1);
    assertThat(ofKind(dev, "KafkaTopic"))
        .allSatisfy(t -> assertThat(t.at("/spec/replicas").asInt()).isEqualTo(1));
    assertThat(named(dev, "Keycloak", "keycloak").at("/spec/instances").asInt()).isEqualTo(1);
    assertThat(ofKind(dev, "HorizontalPodAutoscaler")).isEmpty();
  }

  @Test
  void holds_demo_secrets_only_and_takes_no_backups() {
    assertThat(Policies.demoSecretsOnly(dev)).isEmpty();
    assertThat(ofKind(dev, "Secret")).isNotEmpty();
    assertThat(ofKind(dev, "ScheduledBackup")).isEmpty();
    assertThat(ofKind(dev, "ObjectStore")).isEmpty();
    assertThat(ofKind(dev, "Cluster"))
        .allSatisfy(c -> assertThat(c.at("/spec/plugins").isMissingNode()).isTrue());
  }
}
