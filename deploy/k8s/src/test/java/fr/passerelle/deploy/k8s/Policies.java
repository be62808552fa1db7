package fr.passerelle.deploy.k8s;

import static fr.passerelle.deploy.k8s.Manifests.id;
import static fr.passerelle.deploy.k8s.Manifests.kind;
import static fr.passerelle.deploy.k8s.Manifests.podSpec;
import static fr.passerelle.deploy.k8s.Manifests.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules every rendered overlay follows, each answering what breaks it ("Deployment/x container
 * y: no livenessProbe"); an empty list is a pass.
 */
final class Policies {

  private static final Set<String> WORKLOADS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicaSet", "Pod");
  private static final List<String> PROBES =
      List.of("startupProbe", "readinessProbe", "livenessProbe");

  private Policies() {}

  /**
   * Probes, requests and limits, non-root, read-only root, no capability, /tmp the only writable
   * place.
   */
  static List<String> containers(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode workload : objects) {
      if (!WORKLOADS.contains(kind(workload))) {
        continue;
      }
      JsonNode pod = kind(workload).equals("Pod") ? workload.path("spec") : podSpec(workload);
      if (!pod.path("automountServiceAccountToken").isBoolean()
          || pod.path("automountServiceAccountToken").asBoolean()) {
        violations.add(id(workload) + ": automountServiceAccountToken is not false");
      }
      boolean podNonRoot = pod.at("/securityContext/runAsNonRoot").asBoolean(false);
      boolean podSeccomp =
          "RuntimeDefault".equals(text(pod.at("/securityContext/seccompProfile/type")));
      Set<String> emptyDirs = new java.util.HashSet<>();
      pod.path("volumes").values().stream()
          .filter(v -> v.has("emptyDir"))
          .forEach(v -> emptyDirs.add(v.path("name").asString("")));
      for (JsonNode container : pod.path("containers").values()) {
        String where = id(workload) + " container " + container.path("name").asString("?");
        for (String probe : PROBES) {
          if (!container.has(probe)) {
            violations.add(where + ": no " + probe);
          }
        }
        for (String bound : List.of("requests", "limits")) {
          for (String resource : List.of("cpu", "memory")) {
            if (container.at("/resources/" + bound + "/" + resource).isMissingNode()) {
              violations.add(where + ": no " + resource + " " + bound);
            }
          }
        }
        JsonNode security = container.path("securityContext");
        if (!podNonRoot && !security.path("runAsNonRoot").asBoolean(false)) {
          violations.add(where + ": may run as root (runAsNonRoot)");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
          violations.add(where + ": root filesystem is writable (readOnlyRootFilesystem)");
        }
        if (!security.has("allowPrivilegeEscalation")
            || security.path("allowPrivilegeEscalation").asBoolean(true)) {
          violations.add(where + ": allowPrivilegeEscalation is not false");
        }
        Set<String> dropped =
            security.at("/capabilities/drop").values().stream()
                .map(JsonNode::asString)
                .collect(Collectors.toSet());
        if (!dropped.contains("ALL") || security.at("/capabilities/add").size() > 0) {
          violations.add(where + ": capabilities not all dropped");
        }
        if (!podSeccomp && !"RuntimeDefault".equals(text(security.at("/seccompProfile/type")))) {
          violations.add(where + ": no RuntimeDefault seccomp profile");
        }
        for (JsonNode mount : container.path("volumeMounts").values()) {
          if (emptyDirs.contains(mount.path("name").asString(""))
              && !"/tmp".equals(text(mount.path("mountPath")))) {
            violations.add(
                where + ": writable emptyDir at " + mount.path("mountPath").asString(""));
          }
        }
      }
    }
    return violations;
  }

  /** Every image names a tag (or a digest), and never latest. */
  static List<String> pinnedImages(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode object : objects) {
      for (String image : images(object)) {
        if (!pinned(image)) {
          violations.add(id(object) + ": image " + image + " is not pinned to a tag");
        }
      }
    }
    return violations;
  }

  /**
   * No image names a registry host: the repository's images are found in whatever registry or
   * mirror the cluster is configured with (an overlay of ops' own may set {@code newName}), and the
   * operators' resources leave the image to their operator.
   */
  static List<String> noRegistryHost(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode object : objects) {
      for (String image : images(object)) {
        if (namesRegistryHost(image)) {
          violations.add(id(object) + ": image " + image + " names a registry host");
        }
      }
    }
    return violations;
  }

  /** As a container runtime reads a reference: a first part with a dot or a port is a host. */
  static boolean namesRegistryHost(String image) {
    int slash = image.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String first = image.substring(0, slash);
    return first.contains(".") || first.contains(":") || first.equals("localhost");
  }

  private static List<String> images(ObjectNode object) {
    List<String> images = new ArrayList<>();
    if (WORKLOADS.contains(kind(object))) {
      JsonNode pod = kind(object).equals("Pod") ? object.path("spec") : podSpec(object);
      for (String list : List.of("initContainers", "containers")) {
        pod.path(list).values().forEach(c -> images.add(c.path("image").asString("")));
      }
    }
    for (String pointer : List.of("/spec/image", "/spec/imageName", "/spec/kafka/image")) {
      String image = text(object.at(pointer));
      if (image != null) {
        images.add(image);
      }
    }
    return images;
  }

  static boolean pinned(String image) {
    if (image.contains("@sha256:")) {
      return true;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash && !image.substring(colon + 1).equals("latest");
  }

  /** Each namespace rendered has a policy that denies all ingress and egress to all its pods. */
  static List<String> defaultDeny(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    Set<String> namespaces = new java.util.TreeSet<>();
    Manifests.ofKind(objects, "Namespace").forEach(n -> namespaces.add(Manifests.name(n)));
    objects.stream()
        .map(o -> text(o.at("/metadata/namespace")))
        .filter(java.util.Objects::nonNull)
        .forEach(namespaces::add);
    for (String namespace : namespaces) {
      boolean denied =
          Manifests.ofKind(objects, "NetworkPolicy").stream()
              .filter(p -> namespace.equals(text(p.at("/metadata/namespace"))))
              .anyMatch(Policies::deniesEverything);
      if (!denied) {
        violations.add("namespace " + namespace + ": no default-deny NetworkPolicy");
      }
    }
    return violations;
  }

  private static boolean deniesEverything(JsonNode policy) {
    JsonNode spec = policy.path("spec");
    Set<String> types =
        spec.path("policyTypes").values().stream()
            .map(JsonNode::asString)
            .collect(Collectors.toSet());
    return spec.path("podSelector").isObject()
        && spec.path("podSelector").size() == 0
        && types.containsAll(Set.of("Ingress", "Egress"))
        && spec.path("ingress").size() == 0
        && spec.path("egress").size() == 0;
  }

  /** No Secret carries a value: they are created by ops or by the operators. */
  static List<String> noSecretValues(List<ObjectNode> objects) {
    return Manifests.ofKind(objects, "Secret").stream()
        .filter(s -> s.path("data").size() > 0 || s.path("stringData").size() > 0)
        .map(s -> id(s) + ": holds a value; production Secrets are created by ops, never committed")
        .toList();
  }

  /** The dev overlay's Secrets hold demo values only, named so. */
  static List<String> demoSecretsOnly(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode secret : Manifests.ofKind(objects, "Secret")) {
      if (!"true".equals(text(secret.at("/metadata/labels/passerelle.fr~1demo")))) {
        violations.add(id(secret) + ": not labelled passerelle.fr/demo");
      }
      secret
          .path("stringData")
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().asString("").startsWith("demo-")) {
                  violations.add(id(secret) + " " + e.getKey() + ": not a demo- value");
                }
              });
      if (secret.path("data").size() > 0) {
        violations.add(id(secret) + ": base64 data hides whether it is a demo value");
      }
    }
    return violations;
  }

  /** The base's placeholder hosts (*.invalid) never reach an overlay's output. */
  static List<String> noPlaceholderHosts(List<ObjectNode> objects) {
    return objects.stream()
        .filter(o -> o.toString().contains(".invalid"))
        .map(o -> id(o) + ": still names a placeholder host (.invalid): set it in the overlay")
        .toList();
  }

  /** Updates without downtime: surge, never fewer ready pods; endpoints drained before SIGTERM. */
  static List<String> zeroDowntimeRollouts(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode deployment : Manifests.ofKind(objects, "Deployment")) {
      JsonNode strategy = deployment.at("/spec/strategy");
      if (!"RollingUpdate".equals(text(strategy.path("type")))
          || strategy.at("/rollingUpdate/maxUnavailable").asInt(-1) != 0) {
        violations.add(id(deployment) + ": rolling update must keep maxUnavailable 0");
      }
      int grace = podSpec(deployment).path("terminationGracePeriodSeconds").asInt(30);
      for (JsonNode container : podSpec(deployment).path("containers").values()) {
        int sleep = container.at("/lifecycle/preStop/sleep/seconds").asInt(0);
        if (sleep <= 0) {
          violations.add(id(deployment) + ": no preStop sleep to drain endpoints");
        } else if (grace <= sleep + 20) {
          violations.add(
              id(deployment) + ": terminationGracePeriodSeconds leaves no time for the shutdown");
        }
      }
    }
    return violations;
  }

  /** Every Deployment is covered by a PodDisruptionBudget selecting its pods. */
  static List<String> disruptionBudgets(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode deployment : Manifests.ofKind(objects, "Deployment")) {
      JsonNode labels = deployment.at("/spec/template/metadata/labels");
      boolean covered =
          Manifests.ofKind(objects, "PodDisruptionBudget").stream()
              .anyMatch(pdb -> selects(pdb.at("/spec/selector/matchLabels"), labels));
      if (!covered) {
        violations.add(id(deployment) + ": no PodDisruptionBudget");
      }
    }
    return violations;
  }

  static boolean selects(JsonNode matchLabels, JsonNode labels) {
    return matchLabels.size() > 0
        && matchLabels.properties().stream()
            .allMatch(e -> e.getValue().equals(labels.path(e.getKey())));
  }

  /** Every Service with a management port is scraped by a ServiceMonitor. */
  static List<String> monitored(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    for (ObjectNode service : Manifests.ofKind(objects, "Service")) {
      boolean management =
          service.at("/spec/ports").values().stream()
              .anyMatch(p -> "management".equals(text(p.path("name"))));
      boolean scraped =
          Manifests.ofKind(objects, "ServiceMonitor").stream()
              .anyMatch(
                  m -> selects(m.at("/spec/selector/matchLabels"), service.at("/metadata/labels")));
      if (management && !scraped) {
        violations.add(id(service) + ": no ServiceMonitor scrapes its management port");
      }
    }
    return violations;
  }

  /** Everything the overlays must satisfy, whichever they are. */
  static List<String> all(List<ObjectNode> objects) {
    List<String> violations = new ArrayList<>();
    violations.addAll(containers(objects));
    violations.addAll(pinnedImages(objects));
    violations.addAll(noRegistryHost(objects));
    violations.addAll(defaultDeny(objects));
    violations.addAll(noPlaceholderHosts(objects));
    violations.addAll(zeroDowntimeRollouts(objects));
    violations.addAll(disruptionBudgets(objects));
    violations.addAll(monitored(objects));
    return violations;
  }
}
