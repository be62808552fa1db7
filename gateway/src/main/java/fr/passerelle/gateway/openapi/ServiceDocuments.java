package fr.passerelle.gateway.openapi;

import fr.passerelle.gateway.routing.Upstream;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;

/** Reads a service's own OpenAPI document (JSON), giving up after the configured time. */
final class ServiceDocuments {

  private final HttpClient client;
  private final long timeoutMillis;

  ServiceDocuments(HttpClient client, Duration timeout) {
    this.client = client;
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
    return client
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
