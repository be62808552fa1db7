package io.strimzi.crdgenerator.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Strimzi's annotation, as its model classes (io.strimzi:api) carry it at run time: the API
 * versions a field or type exists in ("v1beta2", "v1alpha1-v1beta2", "v1+"). Strimzi publishes it
 * in no artifact, so it is declared here, under its own name, for reflection to read it
 * (fr.passerelle.deploy.k8s.StrictModel).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface PresentInVersions {
  String value();
}
