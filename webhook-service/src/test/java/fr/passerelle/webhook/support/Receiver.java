package fr.passerelle.webhook.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.passerelle.platform.testing.StandardWebhooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;
import org.awaitility.Awaitility;

/**
 * A partner's webhook endpoint: a real HTTP server on 127.0.0.1 that keeps every request it gets
 * (headers and raw body, as a receiver verifies them) and answers what the test tells it to.
 */
public final class Receiver implements AutoCloseable {

  /** One request as it arrived. */
  public record Webhook(
      String id, String timestamp, String signature, String contentType, byte[] body)
      implements StandardWebhooks.Request {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String type() {
      return json().path("type").asText();
    }

    public String subject() {
      return json().path("subject").asText();
    }
  }

  private static final String PATH = "/partner/webhooks";

  private final List<Webhook> received = new CopyOnWriteArrayList<>();
  private final ExecutorService executor = Executors.newCachedThreadPool(Receiver::daemon);
  private volatile ToIntFunction<Webhook> answer = webhook -> 204;
  private volatile Map<String, String> headers = Map.of();
  private HttpServer server;
  private int port;

  private Receiver() {}

  /** Listening on a free port of 127.0.0.1, answering 204 to everything. */
  public static Receiver start() {
    Receiver receiver = new Receiver();
    receiver.listen(0);
    return receiver;
  }

  public String url() {
    return "http://127.0.0.1:" + port + PATH;
  }

  public int port() {
    return port;
  }

  public void answer(int status) {
    answer(status, Map.of());
  }

  /** This status with these headers to every request. */
  public void answer(int status, Map<String, String> responseHeaders) {
    headers = Map.copyOf(responseHeaders);
    answer = webhook -> status;
  }

  /** Answers by request; the function may block the request, as a slow endpoint does. */
  public void answer(ToIntFunction<Webhook> byRequest) {
    answer = byRequest;
  }

  /** Down: nothing listens on its port any more (connections are refused). */
  public synchronized void stop() {
    server.stop(0);
  }

  /** Back up, on the same port. */
  public synchronized void restart() {
    listen(port);
  }

  public List<Webhook> received() {
    return List.copyOf(received);
  }

  /** Every request that carried this webhook-id. */
  public List<Webhook> withId(String webhookId) {
    return received.stream().filter(w -> webhookId.equals(w.id())).toList();
  }

  public boolean got(String webhookId) {
    return !withId(webhookId).isEmpty();
  }

  /** The first request with this webhook-id, waited for. */
  public Webhook await(String webhookId) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> got(webhookId));
    return withId(webhookId).get(0);
  }

  @Override
  public synchronized void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void listen(int onPort) {
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext(PATH, this::handle);
    server.start();
    port = server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      Webhook webhook =
          new Webhook(
              exchange.getRequestHeaders().getFirst("webhook-id"),
              exchange.getRequestHeaders().getFirst("webhook-timestamp"),
              exchange.getRequestHeaders().getFirst("webhook-signature"),
              exchange.getRequestHeaders().getFirst("content-type"),
              in.readAllBytes());
      received.add(webhook);
      headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(answer.applyAsInt(webhook), -1);
    } finally {
      exchange.close();
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "test-receiver");
    thread.setDaemon(true);
    return thread;
  }
}
