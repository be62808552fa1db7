package fr.passerelle.contracts.problem;

import java.net.URI;
import java.util.Set;

/**
 * The kinds of problem Passerelle answers with, at the gateway and in every service (RFC 9457
 * {@code type} URIs); documented in docs/problems.md. Rule violations carry a finer {@code code}.
 */
public enum ProblemType {
  VALIDATION("validation", "Invalid request", 400),
  MALFORMED_JSON("malformed-json", "Malformed JSON body", 400),
  UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
  CONFLICT("conflict", "Conflict", 409),
  STALE_VERSION("stale-version", "Stale version", 412),
  PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
  URI_TOO_LONG("uri-too-long", "Request target too long", 414),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  RULE_VIOLATED("rule-violated", "Business rule violated", 422),
  PRECONDITION_REQUIRED("precondition-required", "If-Match required", 428),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused", 422),
  IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "Idempotency-Key in use", 409),
  RATE_LIMITED("rate-limited", "Too many requests", 429),
  HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
  INTERNAL("internal", "Internal error", 500),
  UNAVAILABLE("unavailable", "Service unavailable", 503),
  UPSTREAM_TIMEOUT("upstream-timeout", "Service timeout", 504);

  /** Kinds that a status alone never means: they are answered on purpose, with their own detail. */
  private static final Set<ProblemType> SPECIFIC =
      Set.of(MALFORMED_JSON, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_USE, PRECONDITION_REQUIRED);

  private final URI uri;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.uri = URI.create("urn:passerelle:problem:" + slug);
    this.title = title;
    this.status = status;
  }

  public URI uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /** The generic kind for an HTTP status a framework produced on its own. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && !SPECIFIC.contains(type)) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION;
  }
}
