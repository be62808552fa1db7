package fr.passerelle.contracts.http;

/** The HTTP headers whose meaning Passerelle fixes across the gateway and the services. */
public final class Headers {

  /** One id per exchange, in every log line; see {@link RequestIds}. */
  public static final String REQUEST_ID = "X-Request-Id";

  /** W3C Trace Context. */
  public static final String TRACEPARENT = "traceparent";

  /** A retried write answers what the first one did (ARCHITECTURE.md). */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  public static final String ETAG = "ETag";
  public static final String IF_MATCH = "If-Match";

  private Headers() {}
}
