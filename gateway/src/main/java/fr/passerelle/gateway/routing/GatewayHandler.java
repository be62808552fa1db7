package fr.passerelle.gateway.routing;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.gateway.edge.Exchange;
import fr.passerelle.gateway.problem.Problems;
import fr.passerelle.gateway.ratelimit.RateDecision;
import fr.passerelle.gateway.ratelimit.RateLimiter;
import fr.passerelle.gateway.security.BearerToken;
import fr.passerelle.gateway.security.TokenVerifier;
import fr.passerelle.gateway.security.VerifiedToken;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The API door, in order: which route (404 if none, no service asked), who calls (401 with {@code
 * WWW-Authenticate} for a missing or bad token), may they (403), not too often (429), then the
 * request is forwarded with the caller's token. Anything else on the main port is a 404 problem.
 */
@Singleton
public class GatewayHandler {

  private static final Logger LOG = Logger.getLogger(GatewayHandler.class);

  private static final String CHALLENGE = "Bearer realm=\"passerelle\"";
  private static final String INVALID_TOKEN_CHALLENGE =
      CHALLENGE
          + ", error=\"invalid_token\", error_description=\"The access token is invalid or"
          + " expired\"";

  private final RouteTable routes;
  private final TokenVerifier verifier;
  private final RateLimiter rateLimiter;
  private final ProxyForwarder forwarder;

  GatewayHandler(
      RouteTable routes,
      TokenVerifier verifier,
      RateLimiter rateLimiter,
      ProxyForwarder forwarder) {
    this.routes = routes;
    this.verifier = verifier;
    this.rateLimiter = rateLimiter;
    this.forwarder = forwarder;
  }

  void register(@Observes Router router) {
    router.route("/api/*").handler(this::handle);
    router
        .route()
        .last()
        .handler(rc -> Problems.send(rc, ProblemType.NOT_FOUND, "Nothing is served at this path."));
  }

  void handle(RoutingContext rc) {
    // Keep every body byte until the request is forwarded, however long the checks take.
    rc.request().pause();
    Route route = routes.match(rc.normalizedPath());
    if (route == null) {
      Problems.send(rc, ProblemType.NOT_FOUND, "No API resource is served at this path.");
      return;
    }
    Exchange.of(rc).route(route.name());
    String token = BearerToken.from(rc.request().getHeader(HttpHeaders.AUTHORIZATION));
    if (token == null) {
      rc.response().putHeader("WWW-Authenticate", CHALLENGE);
      Problems.send(rc, ProblemType.UNAUTHENTICATED, "A bearer access token is required.");
      return;
    }
    VerifiedToken remembered = verifier.remembered(token);
    if (remembered != null) {
      admit(rc, route, remembered);
      return;
    }
    Context context = Vertx.currentContext();
    verifier
        .verify(rc, token)
        .subscribe()
        .with(
            caller -> onContext(context, () -> admit(rc, route, caller)),
            failure -> onContext(context, () -> refuse(rc, failure)));
  }

  private void admit(RoutingContext rc, Route route, VerifiedToken caller) {
    Exchange.of(rc).clientId(caller.clientId());
    if (!route.admits(caller.roles())) {
      Problems.send(
          rc, ProblemType.FORBIDDEN, "The caller's roles do not give access to this resource.");
      return;
    }
    RateDecision decision = rateLimiter.tryAcquire(caller);
    decision.writeHeaders(rc.response().headers());
    if (!decision.allowed()) {
      Problems.send(
          rc,
          ProblemType.RATE_LIMITED,
          (caller.isPerson()
                  ? "This user sent more requests than their own limit allows; retry after "
                  : "This client sent more requests than its limit allows; retry after ")
              + decision.retryAfterSeconds()
              + " s.");
      return;
    }
    forwarder.forward(rc, route);
  }

  private void refuse(RoutingContext rc, Throwable failure) {
    if (isAuthenticationFailure(failure)) {
      rc.response().putHeader("WWW-Authenticate", INVALID_TOKEN_CHALLENGE);
      Problems.send(
          rc,
          ProblemType.UNAUTHENTICATED,
          "The bearer token is invalid, expired, or not meant for this API.");
      return;
    }
    LOG.warnf(
        "Token verification could not complete (%s) for request %s",
        failure.getClass().getSimpleName(), Exchange.of(rc).requestId());
    Problems.send(
        rc,
        ProblemType.UNAVAILABLE,
        "The identity provider could not be reached to verify the token; retry later.");
  }

  private static boolean isAuthenticationFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthenticationFailedException) {
        return true;
      }
    }
    return false;
  }

  private static void onContext(Context context, Runnable action) {
    if (context == null || Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(ignored -> action.run());
    }
  }
}
