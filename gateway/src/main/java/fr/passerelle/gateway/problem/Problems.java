package fr.passerelle.gateway.problem;

import fr.passerelle.contracts.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) with the shape every
 * Passerelle service uses: {@code type}, {@code title}, {@code status}, {@code detail}, {@code
 * instance}, extension members at the top level.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static void send(RoutingContext rc, ProblemType type, String detail) {
    send(rc, type, detail, Map.of());
  }

  public static void send(
      RoutingContext rc, ProblemType type, String detail, Map<String, Object> extensions) {
    HttpServerResponse response = rc.response();
    if (response.headWritten()) {
      // Part of an answer already left: the only honest signal left is to cut the exchange.
      response.reset();
      return;
    }
    JsonObject body =
        new JsonObject()
            .put("type", type.uri().toString())
            .put("title", type.title())
            .put("status", type.status())
            .put("detail", detail)
            .put("instance", rc.normalizedPath());
    extensions.forEach(body::put);
    // The request body may still be unread: make sure the connection does not wait for it.
    rc.request().resume();
    response
        .setStatusCode(type.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(body.toBuffer());
  }
}
