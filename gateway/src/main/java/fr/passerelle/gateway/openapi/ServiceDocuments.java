package fr.passerelle.gateway.openapi;

import fr.passerelle.gateway.routing.Upstream;
import fr.passerelle.gateway.routing.UpstreamClients;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;

/** Reads a service's own OpenAPI document (JSON), giving up after the configured time. */
final class ServiceDocuments {

  private final UpstreamClients clients;
  private final long timeoutMillis;

  ServiceDocuments(UpstreamClients clients, Duration timeout) {
    this.clients = clients;
    this.timeoutMillis = timeout.toMillis();
  }

  Future<JsonObject> fetch(Upstream upstream, String openapiPath) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost(upstream.host())
            .setPort(upstream.port())
            .setSsl(upstream.ssl())
            .setURI(upstream.basePath() + openapiPath + "?format=json")
            .setConnectTimeout(timeoutMillis)
            .setIdleTimeout(timeoutMillis)
            .putHeader(HttpHeaders.ACCEPT, "application/json");
    return clients
        .current()
        .request(options)
        .compose(request -> request.send())
        .compose(ServiceDocuments::jsonBody);
  }

  private static Future<JsonObject> jsonBody(HttpClientResponse response) {
    if (response.statusCode() != 200) {
      response.resume();
      return Future.failedFuture("status " + response.statusCode());
    }
    return response.body().map(body -> new JsonObject(body));
  }
}
