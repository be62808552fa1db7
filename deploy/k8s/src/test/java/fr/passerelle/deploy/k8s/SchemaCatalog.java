package fr.passerelle.deploy.k8s;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What every rendered object is checked against; a kind with nothing to check it against is itself
 * a violation, so nothing renders unchecked.
 *
 * <ul>
 *   <li>Built-in kinds, Strimzi's resources and the ServiceMonitor: the Java models their projects
 *       publish in Maven Central, pinned in the pom ({@link StrictModel}).
 *   <li>CloudNativePG's, its Barman Cloud plugin's and Keycloak's resources, whose projects publish
 *       no model or schema in a package registry: the team's own strict JSON Schemas of the fields
 *       the manifests use, {@code src/test/resources/crd-subsets} (README there); their metadata
 *       against fabric8's {@code ObjectMeta}.
 * </ul>
 */
final class SchemaCatalog {

  private static final List<Class<? extends HasMetadata>> KUBERNETES_MODELS =
      List.of(
          Namespace.class,
          ConfigMap.class,
          Secret.class,
          Service.class,
          ServiceAccount.class,
          Deployment.class,
          HorizontalPodAutoscaler.class,
          PodDisruptionBudget.class,
          NetworkPolicy.class,
          Ingress.class,
          ServiceMonitor.class);

  /** Each class models every version of its kind; StrimziApiVersion keeps to v1's fields. */
  private static final List<Class<? extends HasMetadata>> STRIMZI_MODELS =
      List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class);

  private static final String SUBSETS = "/crd-subsets/";
  private static final List<String> SUBSET_FILES =
      List.of(
          "cloudnative-pg/cluster.yaml",
          "cloudnative-pg/scheduled-backup.yaml",
          "barman-cloud/object-store.yaml",
          "keycloak/keycloak.yaml",
          "keycloak/realm-import.yaml");

  private static final SchemaCatalog INSTANCE = new SchemaCatalog();

  private final Map<String, Class<?>> modelByType = new HashMap<>();
  private final Map<String, Schema> subsetByType = new HashMap<>();

  private SchemaCatalog() {
    for (Class<? extends HasMetadata> model : KUBERNETES_MODELS) {
      modelByType.put(type(HasMetadata.getApiVersion(model), HasMetadata.getKind(model)), model);
    }
    for (Class<? extends HasMetadata> model : STRIMZI_MODELS) {
      String apiVersion = HasMetadata.getGroup(model) + "/" + StrimziApiVersion.VERSION;
      modelByType.put(type(apiVersion, HasMetadata.getKind(model)), model);
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (JsonNode subset : subsets()) {
      String apiVersion = subset.at("/properties/apiVersion/const").asString("");
      String kind = subset.at("/properties/kind/const").asString("");
      if (apiVersion.isEmpty() || kind.isEmpty()) {
        throw new IllegalStateException("a CRD subset must fix its apiVersion and kind (const)");
      }
      subsetByType.put(type(apiVersion, kind), registry.getSchema(subset));
    }
  }

  static SchemaCatalog get() {
    return INSTANCE;
  }

  /** The team's own CRD subsets, JSON Schemas read from YAML. */
  static List<JsonNode> subsets() {
    List<JsonNode> subsets = new ArrayList<>();
    for (String file : SUBSET_FILES) {
      try (InputStream in = SchemaCatalog.class.getResourceAsStream(SUBSETS + file)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource " + SUBSETS + file);
        }
        subsets.add(Kustomize.YAML.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return subsets;
  }

  /** What in {@code object} is refused, each prefixed with the object's kind and name. */
  List<String> violations(JsonNode object) {
    String type = type(object.path("apiVersion").asString(""), object.path("kind").asString(""));
    String name = Manifests.kind(object) + "/" + object.at("/metadata/name").asString("?");
    Class<?> model = modelByType.get(type);
    if (model != null) {
      return StrictModel.violations(name, "", object, model);
    }
    Schema subset = subsetByType.get(type);
    if (subset == null) {
      return List.of(
          name
              + ": no schema for "
              + type
              + " (a Java model in the pom, or a subset under src/test/resources/crd-subsets)");
    }
    List<String> violations = new ArrayList<>();
    subset.validate(object).forEach(e -> violations.add(name + describe(e)));
    violations.addAll(
        StrictModel.violations(name, "/metadata", object.path("metadata"), ObjectMeta.class));
    return violations;
  }

  private static String describe(Error error) {
    return " " + error.getInstanceLocation() + ": " + error.getMessage();
  }

  private static String type(String apiVersion, String kind) {
    return apiVersion + " " + kind;
  }
}
