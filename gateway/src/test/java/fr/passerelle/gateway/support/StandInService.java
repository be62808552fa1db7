package fr.passerelle.gateway.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP servers standing in for one Passerelle service, on two ports as a service has them: the
 * management port publishes its OpenAPI document and readiness endpoint ({@code /q/openapi}, {@code
 * /q/health/ready}), which the public port answers 404; the public port echoes what it received,
 * streams large bodies both ways, answers slowly on request, and remembers every path it served (at
 * {@code /_seen?path=}) so a test can prove that a refused request never reached it.
 */
public final class StandInService {

  static final Duration SLOW_ANSWER = Duration.ofSeconds(5);

  /** Between the two parts of {@code .../trickle}. */
  public static final Duration TRICKLE_PAUSE = Duration.ofMillis(800);

  private final String name;
  private final String openApiDocument;
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private HttpServer server;
  private HttpServer management;

  StandInService(String name) {
    this.name = name;
    this.openApiDocument = resource("/standins/" + name + "-openapi.json");
  }

  /** Starts the public port; answers its number. */
  Future<Integer> start(Vertx vertx) {
    // The request-head limits of a Passerelle service (platform-core's defaults), above the
    // gateway's own: whatever the gateway admits, a service reads.
    HttpServerOptions options =
        new HttpServerOptions().setMaxInitialLineLength(16 * 1024).setMaxHeaderSize(32 * 1024);
    server = vertx.createHttpServer(options).requestHandler(request -> handle(vertx, request));
    return server.listen(0, "127.0.0.1").map(HttpServer::actualPort);
  }

  /** Starts the management port; answers its number. */
  Future<Integer> startManagement(Vertx vertx) {
    management = vertx.createHttpServer().requestHandler(this::handleManagement);
    return management.listen(0, "127.0.0.1").map(HttpServer::actualPort);
  }

  private void handleManagement(HttpServerRequest request) {
    String path = request.path();
    HttpServerResponse response = request.response();
    if (path.equals("/q/openapi")) {
      response.putHeader("Content-Type", "application/json").end(openApiDocument);
    } else if (path.equals("/q/health/ready")) {
      response.putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
    } else {
      response.setStatusCode(404).end();
    }
  }

  private void handle(Vertx vertx, HttpServerRequest request) {
    String path = request.path();
    HttpServerResponse response = request.response();
    if (path.startsWith("/q/")) {
      response.setStatusCode(404).end();
    } else if (path.equals("/_seen")) {
      AtomicInteger count = seen.get(request.getParam("path"));
      response
          .putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("count", count == null ? 0 : count.get()).encode());
    } else {
      seen.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      if (path.endsWith("/uploads")) {
        checksumOfBody(request);
      } else if (path.endsWith("/downloads")) {
        stream(request, Long.parseLong(request.getParam("bytes")));
      } else if (path.endsWith("/trickle")) {
        response.setChunked(true).putHeader("Content-Type", "text/plain").write("first;");
        vertx.setTimer(TRICKLE_PAUSE.toMillis(), t -> response.end("second"));
      } else if (path.endsWith("/slow")) {
        vertx.setTimer(SLOW_ANSWER.toMillis(), t -> response.end("{\"late\":true}"));
      } else if (path.endsWith("/hop-by-hop")) {
        response
            .putHeader("Connection", "X-Upstream-Hop")
            .putHeader("X-Upstream-Hop", "connection-only")
            .putHeader("Keep-Alive", "timeout=5")
            .putHeader("Access-Control-Allow-Origin", "*")
            .putHeader("X-End-To-End", "kept")
            .end("{}");
      } else {
        echo(request);
      }
    }
  }

  /** Answers with what the service saw of the request: method, URI and headers. */
  private void echo(HttpServerRequest request) {
    request
        .body()
        .onSuccess(
            body -> {
              JsonObject headers = new JsonObject();
              request
                  .headers()
                  .names()
                  .forEach(
                      header ->
                          headers.put(
                              header.toLowerCase(),
                              new JsonArray(request.headers().getAll(header))));
              request
                  .response()
                  .putHeader("Content-Type", "application/json")
                  .end(
                      new JsonObject()
                          .put("service", name)
                          .put("method", request.method().name())
                          .put("uri", request.uri())
                          .put("headers", headers)
                          .put("bodyBytes", body.length())
                          .encode());
            });
  }

  private static void checksumOfBody(HttpServerRequest request) {
    MessageDigest digest = Payload.newDigest();
    long[] bytes = {0};
    request.handler(
        chunk -> {
          digest.update(chunk.getBytes());
          bytes[0] += chunk.length();
        });
    request.endHandler(
        end ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end(
                    new JsonObject()
                        .put("bytes", bytes[0])
                        .put("sha256", HexFormat.of().formatHex(digest.digest()))
                        .encode()));
  }

  /** Streams the payload in chunks, waiting for the gateway to drain when it is full. */
  private static void stream(HttpServerRequest request, long total) {
    HttpServerResponse response = request.response();
    response.setChunked(true).putHeader("Content-Type", "application/octet-stream");
    new Object() {
      long offset;

      void next() {
        while (offset < total && !response.writeQueueFull()) {
          var chunk = Payload.chunk(offset, total);
          offset += chunk.length();
          response.write(chunk);
        }
        if (offset >= total) {
          response.end();
        } else {
          response.drainHandler(drained -> next());
        }
      }
    }.next();
  }

  Future<Void> stop() {
    return Future.join(
            server == null ? Future.succeededFuture() : server.close(),
            management == null ? Future.succeededFuture() : management.close())
        .mapEmpty();
  }

  private static String resource(String path) {
    try (InputStream in = StandInService.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
