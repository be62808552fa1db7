package fr.passerelle.gateway.edge;

import io.vertx.core.MultiMap;

/**
 * Headers every response carries, whoever produced it (the gateway or a service). The API answers
 * JSON only, so its policy forbids everything a browser could do with it; Swagger UI needs its own
 * scripts and styles; the steering page runs its own files only.
 */
final class SecurityHeaders {

  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final String UI_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self' %s; frame-ancestors 'none'";

  /**
   * The steering page: its own scripts and styles only (no inline script or style, no eval), its
   * API calls to itself, and the identity provider for the sign-in (discovery, tokens) and the
   * redirects to its forms.
   */
  private static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self' %1$s; frame-ancestors 'none'; base-uri 'none'; form-action %1$s";

  private final String uiPathPrefix;
  private final String uiPolicy;
  private final String pagePath;
  private final String pagePolicy;

  SecurityHeaders(
      String uiPathPrefix,
      String identityProviderOrigin,
      String pagePath,
      String pageIdentityProviderOrigin) {
    this.uiPathPrefix = uiPathPrefix;
    this.uiPolicy = UI_POLICY.formatted(identityProviderOrigin).replace("  ", " ");
    this.pagePath = pagePath;
    this.pagePolicy = PAGE_POLICY.formatted(pageIdentityProviderOrigin);
  }

  private String policy(String path) {
    if (path.equals(pagePath) || path.startsWith(pagePath + "/")) {
      return pagePolicy;
    }
    return path.startsWith(uiPathPrefix) ? uiPolicy : API_POLICY;
  }

  void apply(String path, MultiMap headers) {
    headers
        .set("X-Content-Type-Options", "nosniff")
        .set("X-Frame-Options", "DENY")
        .set("Referrer-Policy", "no-referrer")
        .set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        .set("Content-Security-Policy", policy(path));
  }
}
