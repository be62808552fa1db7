package fr.passerelle.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the gateway reads from configuration ({@code passerelle.gateway.*}). The defaults are
 * the ones documented in the gateway README; the route table itself lives in {@code
 * application.properties}.
 */
@ConfigMapping(prefix = "passerelle.gateway")
public interface GatewayConfig {

  /** The services behind the gateway, by name (the name appears in problems and logs). */
  Map<String, Service> services();

  /** The route table: path prefixes to a service, with the roles a caller needs. */
  Map<String, Route> routes();

  /** Largest request body forwarded; larger ones get a 413 problem. */
  @WithDefault("10M")
  MemorySize maxBodySize();

  /**
   * Longest request target (path and query, as sent) accepted; a longer one gets a 414 problem.
   * Below the HTTP decoder's own limit ({@code quarkus.http.limits.max-initial-line-length}), which
   * would answer without a body.
   */
  @WithDefault("8K")
  MemorySize maxUriLength();

  /**
   * Largest request head accepted: the headers' names and values together; more gets a 431 problem.
   * Below the HTTP decoder's own limit ({@code quarkus.http.limits.max-header-size}), which would
   * answer without a body.
   */
  @WithDefault("16K")
  MemorySize maxHeaderSize();

  /**
   * Whether {@code X-Forwarded-*} headers sent by the caller are kept and extended. Only true when
   * a trusted load balancer sits in front of the gateway; otherwise the gateway sets them itself.
   */
  @WithDefault("false")
  boolean trustForwardedHeaders();

  Upstream upstream();

  TokenCache tokenCache();

  Security security();

  RateLimit rateLimit();

  Cors cors();

  OpenApi openapi();

  AccessLog accessLog();

  /** The steering page ({@code /steering/}): where the browser signs in. */
  SteeringPage steeringPage();

  interface Service {
    /** Base URL of the service, for example {@code http://127.0.0.1:8081}. */
    URI url();

    /**
     * Base URL of the service's management interface, where it publishes its OpenAPI document and
     * its readiness (a Passerelle service's public port answers 404 there), for example {@code
     * http://127.0.0.1:9081}. The service's {@link #url()} when absent, for a service that serves
     * both on one port.
     */
    Optional<URI> managementUrl();

    /**
     * Where the service publishes its OpenAPI document (JSON with {@code ?format=json}), on its
     * management URL.
     */
    @WithDefault("/q/openapi")
    String openapiPath();

    /** Whether the service's document is part of the merged one at {@code /openapi}. */
    @WithDefault("true")
    boolean openapiEnabled();

    /**
     * The service's readiness endpoint, on its management URL, reported by the gateway's own
     * readiness.
     */
    @WithDefault("/q/health/ready")
    String healthPath();
  }

  interface Route {
    /** The service this route forwards to; the route's own name when absent. */
    Optional<String> service();

    /** Path prefixes, matched on whole segments ({@code /api/v1/sites} and below). */
    List<String> prefixes();

    /** Roles of which the caller needs at least one; any valid token when absent. */
    Optional<Set<String>> roles();

    /** Longest wait for a connection to the service. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Longest wait for the first response byte, then between two response bytes. */
    @WithDefault("PT30S")
    Duration responseTimeout();

    /**
     * Extra attempts for idempotent requests when the service could not be reached or dropped the
     * connection before answering. Never used for POST or PATCH.
     */
    @WithDefault("1")
    int retries();
  }

  interface Upstream {
    /** Connections kept per service (keep-alive, shared by every route to that service). */
    @WithDefault("64")
    int poolSize();

    /** How long an idle pooled connection is kept. */
    @WithDefault("PT60S")
    Duration keepAliveTimeout();
  }

  interface TokenCache {
    /** Verified tokens remembered at most; the least used go first. */
    @WithDefault("10000")
    long maxSize();

    /**
     * Longest time a verified token is trusted without checking its signature again, even if it
     * expires later. Bounds how long a token signed by a key withdrawn from the JWKS is still
     * accepted.
     */
    @WithDefault("PT5M")
    Duration maxTtl();
  }

  interface Security {
    /** Signature algorithms accepted in a token's header; anything else is refused. */
    @WithDefault("RS256,RS384,RS512,PS256,PS384,PS512,ES256,ES384,ES512")
    Set<String> allowedAlgorithms();
  }

  interface RateLimit {
    @WithDefault("true")
    boolean enabled();

    /**
     * The limit of a machine client that has no limit of its own and none of whose roles has one;
     * the ceiling of the people who call through such a client.
     */
    @WithName("default")
    Limit defaultLimit();

    /** Limits by client id ({@code azp}, else {@code client_id}); they win over role limits. */
    Map<String, Limit> clients();

    /** Limits by role; a client with several limited roles gets the most generous one. */
    Map<String, Limit> roles();

    /**
     * The limit of one person (a user's token: its {@code sub}), within the limit of the client
     * they call through, which stays the ceiling. Machine tokens have the client's limit.
     */
    Limit perPerson();

    /** Idle buckets are forgotten after this time (a full bucket loses nothing). */
    @WithDefault("PT1H")
    Duration idleBucketExpiry();
  }

  interface Limit {
    /** Requests allowed per period (also the burst size unless {@code burst} is set). */
    @WithDefault("600")
    long requests();

    @WithDefault("PT1M")
    Duration per();

    /** Requests that may be made at once after a quiet time. */
    Optional<Long> burst();
  }

  interface Cors {
    /** Origins allowed to call the API from a browser, e.g. {@code https://portal.example.fr}. */
    Optional<Set<String>> allowedOrigins();

    @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE")
    List<String> allowedMethods();

    @WithDefault(
        "Authorization,Content-Type,Accept,Idempotency-Key,If-Match,X-Request-Id,traceparent")
    List<String> allowedHeaders();

    @WithDefault(
        "ETag,Location,X-Request-Id,Retry-After,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,RateLimit-Policy")
    List<String> exposedHeaders();

    @WithDefault("PT1H")
    Duration maxAge();
  }

  interface OpenApi {
    /** Title of the merged document. */
    @WithDefault("Passerelle API")
    String title();

    @WithDefault("1.0")
    String version();

    /** OAuth2 token endpoint advertised for the client-credentials flow. */
    Optional<URI> tokenUrl();

    /** Longest wait for one service's document. */
    @WithDefault("PT2S")
    Duration fetchTimeout();

    /** How long a merged document is reused before the services are asked again. */
    @WithDefault("PT30S")
    Duration cacheTtl();
  }

  interface AccessLog {
    /** One structured line per request on the {@code fr.passerelle.gateway.access} category. */
    @WithDefault("true")
    boolean enabled();
  }

  interface SteeringPage {
    /**
     * The realm the page's browser signs in to, as the browser reaches it (its issuer URL, for
     * example {@code http://127.0.0.1:8180/realms/passerelle}); the gateway's own OIDC provider
     * ({@code quarkus.oidc.auth-server-url}) when absent.
     */
    Optional<URI> realmUrl();

    /** The public client the page signs in with (authorization code with PKCE). */
    @WithDefault("passerelle-portal")
    String clientId();
  }
}
