package fr.passerelle.platform.web.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST resource method that honours {@code Idempotency-Key}: the same key with the same
 * request returns the stored response, with a different request 422, while the first is still
 * running 409. The method must return {@code Response} or {@code RestResponse}; the business change
 * and the stored response commit in one transaction. Document the header on the operation with
 * {@code @Parameter(ref = Idempotent.OPENAPI_PARAMETER)}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

  /** The OpenAPI component parameter that documents the header. */
  String OPENAPI_PARAMETER = "IdempotencyKey";

  /** When true a request without the header is refused (400). */
  @Nonbinding
  boolean required() default false;
}
