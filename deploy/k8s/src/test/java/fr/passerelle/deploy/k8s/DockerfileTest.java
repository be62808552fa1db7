package fr.passerelle.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared Dockerfile.jvm builds images that run as a non-root user, from a pinned base named
 * without a registry host.
 */
class DockerfileTest {

  @Test
  void runs_as_user_185_from_a_pinned_base_image_named_without_a_host() throws IOException {
    List<String> lines = Files.readAllLines(Kustomize.MODULE.resolve("Dockerfile.jvm"));
    List<String> instructions =
        lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();

    assertThat(instructions)
        .filteredOn(l -> l.startsWith("FROM "))
        .singleElement()
        .satisfies(
            from -> {
              String image = from.substring(5).trim();
              assertThat(Policies.pinned(image)).as(image).isTrue();
              assertThat(Policies.namesRegistryHost(image)).as(image).isFalse();
            });
    assertThat(instructions).filteredOn(l -> l.startsWith("USER ")).containsExactly("USER 185");
    assertThat(instructions)
        .filteredOn(l -> l.startsWith("COPY "))
        .allSatisfy(copy -> assertThat(copy).startsWith("COPY --chown=185 target/quarkus-app/"));
  }
}
