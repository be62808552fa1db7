package fr.passerelle.gateway.edge;

import fr.passerelle.gateway.tracing.TraceParent;
import io.vertx.ext.web.RoutingContext;

/** What the gateway learns about one request as it goes, for the upstream call and the log. */
public final class Exchange {

  private static final String KEY = Exchange.class.getName();

  private final String requestId;
  private final TraceParent traceParent;
  private final long startNanos;
  private String route;
  private String clientId;

  Exchange(String requestId, TraceParent traceParent, long startNanos) {
    this.requestId = requestId;
    this.traceParent = traceParent;
    this.startNanos = startNanos;
  }

  static Exchange attach(RoutingContext rc, Exchange exchange) {
    rc.put(KEY, exchange);
    return exchange;
  }

  public static Exchange of(RoutingContext rc) {
    return rc.get(KEY);
  }

  public String requestId() {
    return requestId;
  }

  public TraceParent traceParent() {
    return traceParent;
  }

  public long startNanos() {
    return startNanos;
  }

  /** The route name, or null when the path matched none. */
  public String route() {
    return route;
  }

  public void route(String name) {
    this.route = name;
  }

  /** The authenticated client id, or null before (or without) authentication. */
  public String clientId() {
    return clientId;
  }

  public void clientId(String id) {
    this.clientId = id;
  }
}
