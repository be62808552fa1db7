package fr.passerelle.deploy.k8s;

import io.strimzi.crdgenerator.annotations.PresentInVersions;
import io.strimzi.crdgenerator.annotations.RequiredInVersions;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

/**
 * The version of Strimzi's API the manifests are written in. Strimzi's model classes stand for all
 * its API versions at once and mark, on a field's getter or on a type, the versions it exists or is
 * required in: what is not in this version is refused, what it requires must be set.
 */
final class StrimziApiVersion {

  static final String VERSION = "v1";

  private StrimziApiVersion() {}

  /** " exists only in v1beta2, not in v1" where Strimzi marks it so, else nothing. */
  static Optional<String> absentFrom(AnnotatedElement element) {
    PresentInVersions present = element.getAnnotation(PresentInVersions.class);
    if (present == null || includes(present.value())) {
      return Optional.empty();
    }
    return Optional.of(" exists only in " + present.value() + ", not in " + VERSION);
  }

  static boolean requires(AnnotatedElement element) {
    RequiredInVersions required = element.getAnnotation(RequiredInVersions.class);
    return required != null && includes(required.value());
  }

  /**
   * Strimzi's ranges: "v1beta2", "v1alpha1-v1beta2", "v1beta2+". v1 is its newest version, so a
   * range holds it when it is open upwards or ends with it.
   */
  static boolean includes(String range) {
    return range.endsWith("+") || range.substring(range.lastIndexOf('-') + 1).equals(VERSION);
  }
}
