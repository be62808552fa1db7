package fr.passerelle.webhook.delivery;

import fr.passerelle.webhook.config.WebhookConfig;
import fr.passerelle.webhook.endpoint.EndpointPolicy;
import fr.passerelle.webhook.endpoint.RefusedEndpointException;
import fr.passerelle.webhook.events.StructuredCloudEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one webhook: a POST of the structured CloudEvent with the Standard Webhooks headers, to the
 * address the endpoint policy checked (the URL's host stays the Host and TLS name), without
 * following redirects; a 2xx within the timeout is a success.
 */
@Singleton
public class WebhookSender {

  private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(24);

  private final EndpointPolicy policy;
  private final Clock clock;
  private final Duration timeout;
  private final HttpClient client;

  WebhookSender(EndpointPolicy policy, Clock clock, WebhookConfig config, Vertx vertx) {
    this.policy = policy;
    this.clock = clock;
    this.timeout = config.timeout();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) Math.min(timeout.toMillis(), 5_000))
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(config.perEndpointConcurrency()));
  }

  @PreDestroy
  void close() {
    client.close();
  }

  /** Sends now; never throws for what the endpoint does (the outcome says). */
  public AttemptResult send(String url, String webhookId, String body, List<String> secrets)
      throws InterruptedException {
    long started = System.nanoTime();
    URI uri = URI.create(url);
    InetAddress address;
    try {
      address = policy.resolve(uri);
    } catch (RefusedEndpointException e) {
      return result(AttemptOutcome.REFUSED_ADDRESS, null, e.getMessage(), started, null);
    }
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    long timestamp = clock.instant().getEpochSecond();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    RequestOptions request =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
            .setHost(uri.getHost())
            .setPort(port)
            .setSsl(https)
            .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
            .setFollowRedirects(false)
            .setIdleTimeout(timeout.toMillis())
            .putHeader("user-agent", "Passerelle-Webhooks/1")
            .putHeader("content-type", StructuredCloudEvent.MEDIA_TYPE)
            .putHeader("webhook-id", webhookId)
            .putHeader("webhook-timestamp", String.valueOf(timestamp))
            .putHeader("webhook-signature", Signature.header(webhookId, timestamp, body, secrets));
    try {
      HttpClientResponse response =
          client
              .request(request)
              .compose(r -> r.send(body))
              // end(), not a body handler: a bodiless answer (204) may have ended already.
              .compose(r -> r.end().map(done -> r))
              .toCompletionStage()
              .toCompletableFuture()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return result(AttemptOutcome.SUCCESS, status, null, started, null);
      }
      AttemptOutcome outcome = status == 410 ? AttemptOutcome.GONE : AttemptOutcome.HTTP_ERROR;
      return result(outcome, status, "HTTP " + status, started, response.getHeader("retry-after"));
    } catch (TimeoutException e) {
      return result(
          AttemptOutcome.TIMEOUT,
          null,
          "no answer within " + timeout.toSeconds() + " s",
          started,
          null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      AttemptOutcome outcome =
          message.toLowerCase().contains("timeout")
              ? AttemptOutcome.TIMEOUT
              : AttemptOutcome.NETWORK_ERROR;
      return result(outcome, null, message, started, null);
    }
  }

  private static AttemptResult result(
      AttemptOutcome outcome, Integer status, String error, long started, String retryAfter) {
    int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    return new AttemptResult(outcome, status, shorten(error), latency, retryAfter(retryAfter));
  }

  /** {@code Retry-After} in seconds (the HTTP-date form is ignored), at most a day. */
  private static Optional<Duration> retryAfter(String header) {
    if (header == null || !header.strip().matches("\\d{1,9}")) {
      return Optional.empty();
    }
    Duration asked = Duration.ofSeconds(Long.parseLong(header.strip()));
    return Optional.of(asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked);
  }

  private static String shorten(String error) {
    return error == null || error.length() <= 300 ? error : error.substring(0, 300);
  }
}
