package fr.passerelle.gateway.tracing;

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
    // Built by hand: this runs for every request and Jackson would cost more than the rest.
    StringBuilder line = new StringBuilder(224);
    line.append("{\"method\":\"").append(method);
    line.append("\",\"route\":\"").append(route == null ? "none" : route);
    line.append("\",\"status\":").append(status);
    line.append(",\"durationMs\":").append(Math.round(durationNanos / 10_000.0) / 100.0);
    line.append(",\"clientId\":");
    if (clientId == null) {
      line.append("null");
    } else {
      quoted(line, clientId);
    }
    line.append(",\"requestId\":");
    quoted(line, requestId);
    line.append(",\"traceId\":\"").append(traceId).append("\"}");
    LOG.info(line.toString());
  }

  /** A JSON string; the client id comes from a token and the request id from the caller. */
  private static void quoted(StringBuilder line, String value) {
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        line.append('\\').append(c);
      } else if (c < 0x20) {
        line.append(String.format("\\u%04x", (int) c));
      } else {
        line.append(c);
      }
    }
    line.append('"');
  }
}
