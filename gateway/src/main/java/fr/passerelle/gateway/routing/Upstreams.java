package fr.passerelle.gateway.routing;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The HTTP client that talks to the services behind the gateway. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface Upstreams {}
