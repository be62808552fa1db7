package fr.passerelle.deploy.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Renders an overlay with {@code kubectl kustomize}, as ops will, and reads what it prints. */
final class Kustomize {

  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path REPOSITORY = MODULE.getParent().getParent();
  static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

  private Kustomize() {}

  /** The objects of {@code overlays/<name>}, rendered once per test JVM; callers get copies. */
  static List<ObjectNode> overlay(String name) {
    List<ObjectNode> objects =
        RENDERED.computeIfAbsent(name, n -> render(MODULE.resolve("overlays").resolve(n)));
    return objects.stream().map(ObjectNode::deepCopy).toList();
  }

  static List<ObjectNode> render(Path directory) {
    Path kubectl = kubectl();
    try {
      Process process =
          new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
              .redirectErrorStream(false)
              .start();
      byte[] out = process.getInputStream().readAllBytes();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("kubectl kustomize " + directory + " failed:\n" + err);
      }
      return parse(new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot run " + kubectl + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while rendering " + directory, e);
    }
  }

  static List<ObjectNode> parse(String yaml) {
    List<ObjectNode> objects = new ArrayList<>();
    try (var documents = YAML.readValues(YAML.createParser(yaml), JsonNode.class)) {
      while (documents.hasNextValue()) {
        JsonNode document = documents.nextValue();
        if (document instanceof ObjectNode object) {
          objects.add(object);
        }
      }
    }
    return objects;
  }

  /** kubectl with kustomize v5: {@code KUBECTL} if set, else the first one on the PATH. */
  static Path kubectl() {
    String configured = System.getenv("KUBECTL");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "kubectl (with kustomize v5) is needed to render deploy/k8s and was not found on the PATH"
            + " ("
            + path
            + "). Install kubectl 1.27 or later, or set KUBECTL to its path.");
  }
}
