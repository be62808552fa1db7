package fr.passerelle.prospection.contact;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose refusals are counted: a {@link CountedRefusal} it throws has its
 * event published in a transaction of its own, after the request's transaction rolled back and
 * released the employer's row (and its connection), then goes on to become the 409. Implemented by
 * {@link CountedRefusalsInterceptor}, which runs outside {@code @Idempotent} and
 * {@code @Transactional}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountsRefusals {}
