package fr.passerelle.webhook.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.passerelle.platform.testing.StandardWebhooks;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A partner's endpoint on 127.0.0.1 that answers 204 at once and notes when each {@code webhook-id}
 * first arrived ({@link System#nanoTime()}). One webhook in {@link #CHECK_EVERY} has its signature
 * verified, as a partner would (the HMAC computed here, not by the service's code), so that the
 * figures are of deliveries a receiver accepts without the check weighing on them.
 */
final class BenchReceiver implements AutoCloseable {

  static final int CHECK_EVERY = 50;

  private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong checked = new AtomicLong();
  private final AtomicLong forged = new AtomicLong();
  private final HttpServer server;
  private final ExecutorService threads;
  private volatile String secret;

  private BenchReceiver(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static BenchReceiver start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    ExecutorService threads =
        Executors.newFixedThreadPool(
            8,
            task -> {
              Thread thread = new Thread(task, "bench-receiver");
              thread.setDaemon(true);
              return thread;
            });
    BenchReceiver receiver = new BenchReceiver(server, threads);
    server.createContext("/webhooks", receiver::receive);
    server.setExecutor(threads);
    server.start();
    return receiver;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
  }

  /** The subscription's {@code whsec_} secret, to verify the sampled signatures with. */
  void verifyWith(String secret) {
    this.secret = secret;
  }

  /** When the webhook first arrived, or null. */
  Long arrival(String webhookId) {
    return arrivals.get(webhookId);
  }

  long duplicates() {
    return duplicates.get();
  }

  long checked() {
    return checked.get();
  }

  long forged() {
    return forged.get();
  }

  private void receive(HttpExchange exchange) throws IOException {
    long now = System.nanoTime();
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      if (id == null || arrivals.putIfAbsent(id, now) != null) {
        duplicates.incrementAndGet();
      }
      if (requests.incrementAndGet() % CHECK_EVERY == 0) {
        check(exchange, id, body);
      }
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private void check(HttpExchange exchange, String id, byte[] body) {
    checked.incrementAndGet();
    String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
    String header = exchange.getRequestHeaders().getFirst("webhook-signature");
    if (secret == null
        || timestamp == null
        || header == null
        || !StandardWebhooks.verifies(secret, new Sampled(id, timestamp, header, body))) {
      forged.incrementAndGet();
    }
  }

  private record Sampled(String id, String timestamp, String signature, byte[] body)
      implements StandardWebhooks.Request {}

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
