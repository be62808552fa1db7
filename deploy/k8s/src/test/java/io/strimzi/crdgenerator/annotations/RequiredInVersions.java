package io.strimzi.crdgenerator.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Strimzi's annotation, as its model classes (io.strimzi:api) carry it at run time: the API
 * versions a field is required in ("v1+"). Declared here for the same reason as {@link
 * PresentInVersions}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RequiredInVersions {
  String value();
}
