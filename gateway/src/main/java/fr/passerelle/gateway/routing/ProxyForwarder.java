package fr.passerelle.gateway.routing;

import fr.passerelle.contracts.http.Headers;
import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.gateway.config.GatewayConfig;
import fr.passerelle.gateway.edge.Exchange;
import fr.passerelle.gateway.problem.Problems;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Streams a request to its service and the answer back (vertx-http-proxy over pooled clients):
 * bodies are never held whole in memory. Sets the forwarding headers, enforces the body limit,
 * applies the route's timeouts, retries idempotent requests that could not be delivered, and turns
 * a failed call into a 503 or 504 problem that names the service and nothing else of it.
 */
@Singleton
public class ProxyForwarder {

  private static final Logger LOG = Logger.getLogger(ProxyForwarder.class);

  private static final Set<HttpMethod> IDEMPOTENT =
      Set.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.OPTIONS,
          HttpMethod.PUT,
          HttpMethod.DELETE,
          HttpMethod.TRACE);

  private final UpstreamClients clients;
  private final long maxBodySize;
  private final ForwardedHeaders forwardedHeaders;

  ProxyForwarder(UpstreamClients clients, GatewayConfig config) {
    this.clients = clients;
    this.maxBodySize = config.maxBodySize().asLongValue();
    this.forwardedHeaders = new ForwardedHeaders(config.trustForwardedHeaders());
  }

  public void forward(RoutingContext rc, Route route) {
    HttpServerRequest request = rc.request();
    long declaredLength = declaredLength(request);
    if (declaredLength > maxBodySize) {
      bodyTooLarge(rc);
      return;
    }
    boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true);
    boolean hasBody = declaredLength > 0 || (declaredLength < 0 && chunked);

    ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
    String query = request.query();
    proxyRequest.setURI(
        route.upstream().basePath() + rc.normalizedPath() + (query == null ? "" : "?" + query));
    MultiMap headers = proxyRequest.headers();
    HopByHopHeaders.strip(headers);
    boolean expectsContinue = headers.contains(HttpHeaders.EXPECT, "100-continue", true);
    headers.remove(HttpHeaders.EXPECT);
    forwardedHeaders.apply(request, headers);
    Exchange exchange = Exchange.of(rc);
    headers
        .set(Headers.REQUEST_ID, exchange.requestId())
        .set(Headers.TRACEPARENT, exchange.traceParent().header());

    Call call =
        new Call(
            rc,
            route,
            proxyRequest,
            IDEMPOTENT.contains(request.method()),
            hasBody,
            expectsContinue);
    if (!hasBody) {
      proxyRequest.setBody(null);
      request.resume();
    } else if (declaredLength < 0) {
      proxyRequest.setBody(
          Body.body(new LimitedBody(request, maxBodySize, call::abandonForBodySize), -1));
    }
    call.attempt();
  }

  private static long declaredLength(HttpServerRequest request) {
    String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException unreadable) {
      return -1;
    }
  }

  private void bodyTooLarge(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (request.version() != HttpVersion.HTTP_2) {
      // Do not read the rest of a body that will not be used: close once the answer is out.
      rc.response().putHeader(HttpHeaders.CONNECTION, "close");
      rc.response().endHandler(done -> request.connection().close());
    }
    Problems.send(
        rc,
        ProblemType.PAYLOAD_TOO_LARGE,
        "The request body is larger than the " + maxBodySize + " bytes the API accepts.",
        Map.of("maxBytes", maxBodySize));
  }

  /** One request to forward, possibly in several attempts. Lives on the request's event loop. */
  private final class Call {
    private final RoutingContext rc;
    private final Route route;
    private final ProxyRequest proxyRequest;
    private final boolean idempotent;
    private final boolean hasBody;
    private boolean expectsContinue;
    private int attempts;
    private HttpClientRequest current;
    private boolean abandoned;

    Call(
        RoutingContext rc,
        Route route,
        ProxyRequest proxyRequest,
        boolean idempotent,
        boolean hasBody,
        boolean expectsContinue) {
      this.rc = rc;
      this.route = route;
      this.proxyRequest = proxyRequest;
      this.idempotent = idempotent;
      this.hasBody = hasBody;
      this.expectsContinue = expectsContinue;
    }

    void attempt() {
      attempts++;
      Upstream upstream = route.upstream();
      RequestOptions options =
          new RequestOptions()
              .setMethod(proxyRequest.getMethod())
              .setHost(upstream.host())
              .setPort(upstream.port())
              .setSsl(upstream.ssl())
              .setURI(proxyRequest.getURI())
              .setConnectTimeout(route.connectTimeoutMillis())
              .setIdleTimeout(route.responseTimeoutMillis());
      try {
        clients
            .current()
            .request(options)
            .onComplete(connected -> onConnected(connected.result(), connected.cause()));
      } catch (IllegalStateException closed) {
        // The gateway is stopping and its clients are closed.
        onConnected(null, closed);
      }
    }

    private void onConnected(HttpClientRequest request, Throwable failure) {
      if (abandoned) {
        if (request != null) {
          request.reset();
        }
        return;
      }
      if (failure != null) {
        // Nothing was sent yet: any idempotent request may try again.
        if (idempotent && attempts <= route.retries()) {
          attempt();
        } else {
          fail(failure);
        }
        return;
      }
      current = request;
      // Failures reach onAnswered through the response; this only keeps Vert.x from logging them.
      request.exceptionHandler(
          ignored -> LOG.debugf("Route %s: upstream request ended early", route.name()));
      if (expectsContinue) {
        expectsContinue = false;
        rc.response().writeContinue();
      }
      proxyRequest.send(request).onComplete(sent -> onAnswered(sent.result(), sent.cause()));
    }

    private void onAnswered(ProxyResponse response, Throwable failure) {
      if (abandoned) {
        return;
      }
      if (failure != null) {
        // A request without body can be sent again as it was; a streamed body is gone.
        if (idempotent
            && !hasBody
            && attempts <= route.retries()
            && UpstreamFailure.connectionDropped(failure)) {
          attempt();
        } else {
          fail(failure);
        }
        return;
      }
      HopByHopHeaders.strip(response.headers());
      UpstreamLocation.relativise(response.headers(), route.upstream());
      AnswerSender.send(response, proxyRequest.getMethod(), this::fail)
          .onFailure(
              interrupted ->
                  LOG.debugf(
                      "Route %s: answer interrupted (%s)",
                      route.name(), interrupted.getClass().getSimpleName()));
    }

    void abandonForBodySize() {
      abandoned = true;
      if (current != null) {
        current.reset();
      }
      bodyTooLarge(rc);
    }

    private void fail(Throwable failure) {
      ProblemType problem = UpstreamFailure.problemFor(failure);
      String service = route.upstream().name();
      LOG.warnf(
          "Route %s: the %s service failed (%s) for request %s",
          route.name(),
          service,
          rootCause(failure).getClass().getSimpleName(),
          Exchange.of(rc).requestId());
      Problems.send(
          rc, problem, UpstreamFailure.detail(problem, service), Map.of("service", service));
    }

    private static Throwable rootCause(Throwable failure) {
      Throwable cause = failure;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      return cause;
    }
  }
}
