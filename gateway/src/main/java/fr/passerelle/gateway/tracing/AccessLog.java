package fr.passerelle.gateway.tracing;

import io.vertx.core.json.JsonObject;
import org.jboss.logging.Logger;

/**
 * One structured line per request: method, route, status, duration, client id, request id and trace
 * id. Never the path's query, a header value other than these ids, the token or a body.
 */
public final class AccessLog {

  private static final Logger LOG = Logger.getLogger("fr.passerelle.gateway.access");

  private AccessLog() {}

  public static boolean enabled() {
    return LOG.isInfoEnabled();
  }

  public static void write(
      String method,
      String route,
      int status,
      long durationNanos,
      String clientId,
      String requestId,
      String traceId) {
    JsonObject line =
        new JsonObject()
            .put("method", method)
            .put("route", route == null ? "none" : route)
            .put("status", status)
            .put("durationMs", Math.round(durationNanos / 10_000.0) / 100.0)
            .put("clientId", clientId)
            .put("requestId", requestId)
            .put("traceId", traceId);
    LOG.info(line.encode());
  }
}
