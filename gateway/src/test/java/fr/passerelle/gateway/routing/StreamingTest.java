package fr.passerelle.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.gateway.support.Payload;
import fr.passerelle.gateway.support.StandInService;
import fr.passerelle.gateway.support.StandInServices;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies larger than any buffer stream through unchanged, and the size limit holds. */
@QuarkusTest
class StreamingTest {

  private static final long UPLOAD = 12L * 1024 * 1024;
  private static final long DOWNLOAD = 48L * 1024 * 1024;

  @Inject Vertx vertx;

  @TestHTTPResource("/")
  URI gateway;

  private HttpClient client;
  private final String token = TestTokens.client("pe-system").roles("pe-system").issue();

  @BeforeEach
  void client() {
    client = vertx.createHttpClient();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void an_upload_of_known_length_reaches_the_service_byte_for_byte() throws Exception {
    JsonObject received = await(upload(UPLOAD, false).compose(this::json));
    assertThat(received.getLong("bytes")).isEqualTo(UPLOAD);
    assertThat(received.getString("sha256")).isEqualTo(Payload.sha256(UPLOAD));
  }

  @Test
  void a_chunked_upload_reaches_the_service_byte_for_byte() throws Exception {
    JsonObject received = await(upload(UPLOAD, true).compose(this::json));
    assertThat(received.getLong("bytes")).isEqualTo(UPLOAD);
    assertThat(received.getString("sha256")).isEqualTo(Payload.sha256(UPLOAD));
  }

  @Test
  void a_download_reaches_the_caller_byte_for_byte() throws Exception {
    MessageDigest digest = Payload.newDigest();
    long[] bytes = {0};
    Future<Integer> status =
        client
            .request(options(HttpMethod.GET, "/api/v1/sites/downloads?bytes=" + DOWNLOAD))
            .compose(HttpClientRequest::send)
            .compose(
                response -> {
                  Promise<Integer> done = Promise.promise();
                  response.handler(
                      chunk -> {
                        digest.update(chunk.getBytes());
                        bytes[0] += chunk.length();
                      });
                  response.endHandler(end -> done.complete(response.statusCode()));
                  response.exceptionHandler(done::tryFail);
                  return done.future();
                });
    assertThat(await(status)).isEqualTo(200);
    assertThat(bytes[0]).isEqualTo(DOWNLOAD);
    assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(Payload.sha256(DOWNLOAD));
  }

  @Test
  void an_answer_still_arriving_is_passed_on_as_it_comes() throws Exception {
    List<Long> arrivals = new CopyOnWriteArrayList<>();
    StringBuilder text = new StringBuilder();
    Future<Void> done =
        client
            .request(options(HttpMethod.GET, "/api/v1/sites/trickle"))
            .compose(HttpClientRequest::send)
            .compose(
                response -> {
                  Promise<Void> ended = Promise.promise();
                  response.handler(
                      chunk -> {
                        arrivals.add(System.nanoTime());
                        text.append(chunk.toString());
                      });
                  response.endHandler(end -> ended.complete());
                  return ended.future();
                });
    await(done);
    assertThat(text.toString()).isEqualTo("first;second");
    assertThat(arrivals).hasSizeGreaterThanOrEqualTo(2);
    // The first part reached the caller while the service was still pausing.
    assertThat(Duration.ofNanos(arrivals.get(arrivals.size() - 1) - arrivals.get(0)))
        .isGreaterThan(StandInService.TRICKLE_PAUSE.dividedBy(2));
  }

  @Test
  void a_small_chunked_answer_arrives_whole_with_its_length() throws Exception {
    Future<String> length =
        client
            .request(options(HttpMethod.GET, "/api/v1/sites/downloads?bytes=3000"))
            .compose(HttpClientRequest::send)
            .compose(
                response ->
                    response
                        .body()
                        .map(body -> response.getHeader("Content-Length") + "/" + body.length()));
    assertThat(await(length)).isEqualTo("3000/3000");
  }

  @Test
  void a_client_that_expects_100_continue_is_told_to_go_on_and_its_body_arrives() throws Exception {
    Buffer body = Buffer.buffer(Payload.slice(0, 4096));
    Future<JsonObject> received =
        client
            .request(options(HttpMethod.POST, "/api/v1/sites/uploads"))
            .compose(
                request -> {
                  request.putHeader("Content-Length", Integer.toString(body.length()));
                  request.putHeader("Expect", "100-continue");
                  request.continueHandler(go -> request.end(body));
                  request.sendHead();
                  return request.response();
                })
            .compose(this::json);
    assertThat(await(received).getString("sha256")).isEqualTo(Payload.sha256(body.length()));
  }

  @Test
  void a_declared_body_over_the_limit_is_refused_with_413_before_it_is_sent() throws Exception {
    Answer refused =
        await(
            client
                .request(options(HttpMethod.POST, "/api/v1/sites/uploads"))
                .compose(
                    request -> {
                      request.putHeader(
                          "Content-Length", Long.toString(StandInServices.MAX_BODY_SIZE + 1));
                      request.putHeader("Content-Type", "application/octet-stream");
                      request.exceptionHandler(cut -> {});
                      request.sendHead();
                      return request.response();
                    })
                .compose(Answer::read));
    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(refused.body().getString("type"))
        .isEqualTo("urn:passerelle:problem:payload-too-large");
    assertThat(refused.body().getLong("maxBytes")).isEqualTo(StandInServices.MAX_BODY_SIZE);
  }

  @Test
  void a_chunked_body_growing_over_the_limit_is_cut_with_413() throws Exception {
    Answer refused =
        await(upload(StandInServices.MAX_BODY_SIZE + Payload.CHUNK, true).compose(Answer::read));
    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.body().getString("type"))
        .isEqualTo("urn:passerelle:problem:payload-too-large");
  }

  /** A whole answer, read on the event loop as it arrives. */
  private record Answer(int status, String contentType, JsonObject body) {
    static Future<Answer> read(HttpClientResponse response) {
      return response
          .body()
          .map(
              body ->
                  new Answer(
                      response.statusCode(),
                      response.getHeader("Content-Type"),
                      body.toJsonObject()));
    }
  }

  /** Sends the payload in chunks as the connection accepts them, never whole. */
  private Future<HttpClientResponse> upload(long total, boolean chunked) {
    return client
        .request(options(HttpMethod.POST, "/api/v1/sites/uploads"))
        .compose(
            request -> {
              request.putHeader("Content-Type", "application/octet-stream");
              // Past a refusal, the gateway closes the connection under the rest of the body.
              request.exceptionHandler(cut -> {});
              if (chunked) {
                request.setChunked(true);
              } else {
                request.putHeader("Content-Length", Long.toString(total));
              }
              new Object() {
                long offset;

                void next() {
                  while (offset < total && !request.writeQueueFull()) {
                    Buffer chunk = Payload.chunk(offset, total);
                    offset += chunk.length();
                    request.write(chunk);
                  }
                  if (offset >= total) {
                    request.end();
                  } else {
                    request.drainHandler(drained -> next());
                  }
                }
              }.next();
              return request.response();
            });
  }

  private Future<JsonObject> json(HttpClientResponse response) {
    return response.body().map(Buffer::toJsonObject);
  }

  private RequestOptions options(HttpMethod method, String path) {
    return new RequestOptions()
        .setMethod(method)
        .setHost(gateway.getHost())
        .setPort(gateway.getPort())
        .setURI(path)
        .putHeader("Authorization", "Bearer " + token);
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
