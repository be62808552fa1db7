package fr.passerelle.gateway.edge;

import fr.passerelle.contracts.http.Headers;
import fr.passerelle.contracts.http.RequestIds;
import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.gateway.config.GatewayConfig;
import fr.passerelle.gateway.metrics.GatewayMetrics;
import fr.passerelle.gateway.problem.Problems;
import fr.passerelle.gateway.steering.SteeringPage;
import fr.passerelle.gateway.tracing.AccessLog;
import fr.passerelle.gateway.tracing.TraceParent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First handler of every request: gives it a request id and a trace, refuses a request target or
 * headers over the limits (414, 431), answers CORS preflights, makes sure every response carries
 * the security headers and the request id, and writes the access log line and the metrics when the
 * response is done.
 */
@Singleton
public class EdgeHandler {

  /** Before Quarkus' own handlers (body limits, authentication), after nothing of ours. */
  static final int ORDER = -1000;

  private static final Logger LOG = Logger.getLogger(EdgeHandler.class);

  private final GatewayMetrics metrics;
  private final CorsPolicy cors;
  private final SecurityHeaders securityHeaders;
  private final RequestHeadLimits headLimits;
  private final boolean accessLog;

  EdgeHandler(
      GatewayConfig config,
      GatewayMetrics metrics,
      @ConfigProperty(name = "quarkus.swagger-ui.path") String swaggerUiPath,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") URI identityProvider,
      @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int decoderLineLimit,
      @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize decoderHeaderLimit) {
    this.metrics = metrics;
    this.headLimits =
        new RequestHeadLimits(
            config.maxUriLength().asLongValue(),
            config.maxHeaderSize().asLongValue(),
            decoderLineLimit,
            decoderHeaderLimit.asLongValue());
    this.cors = new CorsPolicy(config.cors());
    this.securityHeaders =
        new SecurityHeaders(
            swaggerUiPath,
            origin(identityProvider),
            SteeringPage.PATH,
            origin(SteeringPage.realmUrl(config, identityProvider)));
    this.accessLog = config.accessLog().enabled();
  }

  void register(@Observes Router router) {
    router.route().order(ORDER).handler(this::handle);
    router.route().order(ORDER).failureHandler(this::unexpected);
  }

  /** A failure nothing else answered: a 500 problem whose reference leads to the log line. */
  void unexpected(RoutingContext rc) {
    String referenceId = RequestIds.acceptOrCreate(null);
    Exchange exchange = Exchange.of(rc);
    LOG.errorf(
        rc.failure(),
        "Unexpected failure %s for request %s",
        referenceId,
        exchange == null ? "-" : exchange.requestId());
    Problems.send(
        rc,
        ProblemType.INTERNAL,
        "The gateway could not handle this request.",
        Map.of("referenceId", referenceId));
  }

  void handle(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    Exchange exchange =
        Exchange.attach(
            rc,
            new Exchange(
                RequestIds.acceptOrCreate(request.getHeader(Headers.REQUEST_ID)),
                TraceParent.continueOrStart(request.getHeader(Headers.TRACEPARENT)),
                System.nanoTime()));
    String origin = request.getHeader("Origin");
    String path = rc.normalizedPath();
    rc.addHeadersEndHandler(
        ignored -> {
          MultiMap headers = rc.response().headers();
          headers.set(Headers.REQUEST_ID, exchange.requestId());
          securityHeaders.apply(path, headers);
          cors.responseHeaders(origin, headers);
        });
    rc.addEndHandler(ignored -> finished(rc, exchange));

    if (!headLimits.admit(rc)) {
      return;
    }
    if (CorsPolicy.isPreflight(request)) {
      if (cors.allows(origin)) {
        cors.preflightHeaders(origin, rc.response().headers());
        rc.response().setStatusCode(204).end();
      } else {
        Problems.send(
            rc, ProblemType.FORBIDDEN, "This origin may not call the API from a browser.");
      }
      return;
    }
    rc.next();
  }

  private void finished(RoutingContext rc, Exchange exchange) {
    long duration = System.nanoTime() - exchange.startNanos();
    int status = rc.response().getStatusCode();
    metrics.record(exchange.route(), status, duration);
    if (accessLog && AccessLog.enabled()) {
      AccessLog.write(
          rc.request().method().name(),
          exchange.route(),
          status,
          duration,
          exchange.clientId(),
          exchange.requestId(),
          exchange.traceParent().traceId());
    }
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getAuthority();
  }
}
