package fr.passerelle.deploy.k8s;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Small readers over rendered objects. */
final class Manifests {

  private Manifests() {}

  static String kind(JsonNode object) {
    return object.path("kind").asString("");
  }

  static String name(JsonNode object) {
    return object.at("/metadata/name").asString("");
  }

  static String id(JsonNode object) {
    return kind(object) + "/" + name(object);
  }

  static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
    return objects.stream().filter(o -> kind(o).equals(kind)).toList();
  }

  static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
    return find(objects, kind, name)
        .orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " rendered"));
  }

  static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String name) {
    return ofKind(objects, kind).stream().filter(o -> name(o).equals(name)).findFirst();
  }

  /** The pod template of a workload, or a missing node. */
  static JsonNode podSpec(JsonNode workload) {
    return workload.at("/spec/template/spec");
  }

  static String text(JsonNode node) {
    return node.isString() ? node.stringValue() : null;
  }
}
