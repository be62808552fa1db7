package fr.passerelle.gateway.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service that drops the connection, without a byte of answer, the first time it receives a
 * request for {@code .../drop-once/<id>}, and answers normally afterwards: the failure a pooled
 * connection meets when the service restarts. {@code .../attempts/<id>} tells how many requests for
 * that id arrived. Speaks just enough HTTP/1.1 by hand to do that.
 */
final class DroppingService {

  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private NetServer server;

  Future<Integer> start(Vertx vertx) {
    server = vertx.createNetServer().connectHandler(this::serve);
    return server.listen(0, "127.0.0.1").map(NetServer::actualPort);
  }

  private void serve(NetSocket socket) {
    StringBuilder pending = new StringBuilder();
    socket.handler(
        data -> {
          pending.append(data.toString(StandardCharsets.ISO_8859_1));
          int headersEnd;
          // Requests here carry no body: each one ends with its headers.
          while ((headersEnd = pending.indexOf("\r\n\r\n")) >= 0) {
            String requestLine = pending.substring(0, pending.indexOf("\r\n"));
            pending.delete(0, headersEnd + 4);
            if (!serveOne(socket, requestLine.split(" ")[1])) {
              return;
            }
          }
        });
  }

  /** Answers one request; false when the connection was dropped instead. */
  private boolean serveOne(NetSocket socket, String target) {
    String id = target.substring(target.lastIndexOf('/') + 1);
    if (target.contains("/drop-once/")) {
      int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (attempt == 1) {
        socket.close();
        return false;
      }
      answer(socket, "attempt " + attempt);
    } else {
      AtomicInteger count = attempts.get(id);
      answer(socket, "attempts " + (count == null ? 0 : count.get()));
    }
    return true;
  }

  private static void answer(NetSocket socket, String body) {
    socket.write(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
            + body.length()
            + "\r\n\r\n"
            + body);
  }

  Future<Void> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
