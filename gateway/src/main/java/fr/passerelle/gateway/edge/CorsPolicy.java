package fr.passerelle.gateway.edge;

import fr.passerelle.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.Set;

/**
 * Cross-origin access for browser clients, from an allow-list. A preflight from a listed origin is
 * answered by the gateway itself (browsers send no token with it); other origins get no CORS
 * headers, so browsers keep the response from their scripts.
 */
final class CorsPolicy {

  private final Set<String> allowedOrigins;
  private final String allowedMethods;
  private final String allowedHeaders;
  private final String exposedHeaders;
  private final String maxAgeSeconds;

  CorsPolicy(GatewayConfig.Cors config) {
    this.allowedOrigins = config.allowedOrigins().orElse(Set.of());
    this.allowedMethods = String.join(", ", config.allowedMethods());
    this.allowedHeaders = String.join(", ", config.allowedHeaders());
    this.exposedHeaders = String.join(", ", config.exposedHeaders());
    this.maxAgeSeconds = Long.toString(config.maxAge().toSeconds());
  }

  static boolean isPreflight(HttpServerRequest request) {
    return request.method() == HttpMethod.OPTIONS
        && request.getHeader("Origin") != null
        && request.getHeader("Access-Control-Request-Method") != null;
  }

  boolean allows(String origin) {
    return origin != null && allowedOrigins.contains(origin);
  }

  void preflightHeaders(String origin, MultiMap headers) {
    headers
        .set("Access-Control-Allow-Origin", origin)
        .set("Access-Control-Allow-Methods", allowedMethods)
        .set("Access-Control-Allow-Headers", allowedHeaders)
        .set("Access-Control-Max-Age", maxAgeSeconds)
        .add("Vary", "Origin");
  }

  void responseHeaders(String origin, MultiMap headers) {
    // A service behind the gateway does not decide cross-origin access: the gateway does.
    headers.remove("Access-Control-Allow-Origin").remove("Access-Control-Allow-Credentials");
    if (allows(origin)) {
      headers
          .set("Access-Control-Allow-Origin", origin)
          .set("Access-Control-Expose-Headers", exposedHeaders)
          .add("Vary", "Origin");
    }
  }
}
