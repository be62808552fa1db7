package fr.passerelle.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyResponse;
import java.util.function.Consumer;

/**
 * Sends a service's answer to the caller. An answer of unknown length (chunked) that is small and
 * already complete when its head arrives leaves in one write with a {@code Content-Length}, instead
 * of one write per chunk plus one for the end: that halves the system calls for a typical JSON
 * answer. Anything larger, or still arriving one event-loop turn later, streams as it comes, so a
 * slow or endless answer is never held back.
 */
final class AnswerSender {

  static final int COALESCE_LIMIT = 64 * 1024;

  private final ProxyResponse response;
  private final ReadStream<Buffer> upstream;
  private final Consumer<Throwable> failedBeforeHead;
  private final Promise<Void> sent = Promise.promise();
  private final Buffer collected = Buffer.buffer();
  private boolean decided;

  private AnswerSender(
      ProxyResponse response, ReadStream<Buffer> upstream, Consumer<Throwable> failedBeforeHead) {
    this.response = response;
    this.upstream = upstream;
    this.failedBeforeHead = failedBeforeHead;
  }

  /** Sends the answer; a failure of the service before the head was sent goes to the consumer. */
  static Future<Void> send(
      ProxyResponse response, HttpMethod method, Consumer<Throwable> failedBeforeHead) {
    Body body = response.getBody();
    int status = response.getStatusCode();
    if (body == null
        || body.length() >= 0
        || method == HttpMethod.HEAD
        || status == 204
        || status == 304
        || Vertx.currentContext() == null) {
      return response.send();
    }
    AnswerSender sender = new AnswerSender(response, body.stream(), failedBeforeHead);
    sender.collect();
    return sender.sent.future();
  }

  private void collect() {
    upstream.exceptionHandler(
        failure -> {
          if (!decided) {
            decided = true;
            failedBeforeHead.accept(failure);
            sent.tryFail(failure);
          }
        });
    upstream.handler(
        chunk -> {
          collected.appendBuffer(chunk);
          if (collected.length() > COALESCE_LIMIT) {
            stream();
          }
        });
    upstream.endHandler(
        end -> {
          if (!decided) {
            decided = true;
            response.setBody(Body.body(collected));
            response.send().onComplete(sent);
          }
        });
    upstream.resume();
    // Runs after the chunks already received (resume delivers them first): past this, stream.
    Vertx.currentContext().runOnContext(turn -> stream());
  }

  private void stream() {
    if (decided) {
      return;
    }
    decided = true;
    upstream.pause();
    response.setBody(Body.body(new PrefixedStream(collected, upstream), -1));
    response.send().onComplete(sent);
  }

  /** What was collected, then the rest of the service's answer. */
  private static final class PrefixedStream implements ReadStream<Buffer> {
    private final Buffer prefix;
    private final ReadStream<Buffer> rest;
    private io.vertx.core.Handler<Buffer> handler;
    private boolean prefixPending = true;
    private boolean paused = true;

    PrefixedStream(Buffer prefix, ReadStream<Buffer> rest) {
      this.prefix = prefix;
      this.rest = rest;
    }

    @Override
    public ReadStream<Buffer> handler(io.vertx.core.Handler<Buffer> handler) {
      this.handler = handler;
      rest.handler(handler);
      return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(io.vertx.core.Handler<Throwable> handler) {
      rest.exceptionHandler(handler);
      return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(io.vertx.core.Handler<Void> endHandler) {
      rest.endHandler(endHandler);
      return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
      paused = true;
      rest.pause();
      return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
      paused = false;
      if (prefixPending && handler != null) {
        prefixPending = false;
        if (prefix.length() > 0) {
          handler.handle(prefix);
        }
        if (paused) {
          // The caller's connection is full: wait for it to ask again.
          return this;
        }
      }
      rest.resume();
      return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
      return resume();
    }
  }
}
