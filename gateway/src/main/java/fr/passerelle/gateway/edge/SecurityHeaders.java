package fr.passerelle.gateway.edge;

import io.vertx.core.MultiMap;

/**
 * Headers every response carries, whoever produced it (the gateway or a service). The API answers
 * JSON only, so its policy forbids everything a browser could do with it; Swagger UI needs its own
 * scripts and styles.
 */
final class SecurityHeaders {

  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final String UI_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self' %s; frame-ancestors 'none'";

  private final String uiPathPrefix;
  private final String uiPolicy;

  SecurityHeaders(String uiPathPrefix, String identityProviderOrigin) {
    this.uiPathPrefix = uiPathPrefix;
    this.uiPolicy = UI_POLICY.formatted(identityProviderOrigin).replace("  ", " ");
  }

  void apply(String path, MultiMap headers) {
    headers
        .set("X-Content-Type-Options", "nosniff")
        .set("X-Frame-Options", "DENY")
        .set("Referrer-Policy", "no-referrer")
        .set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        .set("Content-Security-Policy", path.startsWith(uiPathPrefix) ? uiPolicy : API_POLICY);
  }
}
