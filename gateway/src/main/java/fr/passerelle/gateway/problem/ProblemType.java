package fr.passerelle.gateway.problem;

/**
 * The problems the gateway answers with. The URIs and titles are those of docs/problems.md, which
 * every Passerelle service shares; {@code rate-limited}, {@code payload-too-large} and {@code
 * upstream-timeout} exist only at the gateway.
 */
public enum ProblemType {
  UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  NOT_FOUND("not-found", "Not found", 404),
  PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
  RATE_LIMITED("rate-limited", "Too many requests", 429),
  INTERNAL("internal", "Internal error", 500),
  UNAVAILABLE("unavailable", "Service unavailable", 503),
  UPSTREAM_TIMEOUT("upstream-timeout", "Service timeout", 504);

  private final String uri;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.uri = "urn:passerelle:problem:" + slug;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }
}
