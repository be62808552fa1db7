package fr.passerelle.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of unknown length (chunked) that stops at the size limit: past it, no byte more
 * goes upstream and {@code onExceeded} runs once.
 */
final class LimitedBody implements ReadStream<Buffer> {

  private final ReadStream<Buffer> source;
  private final long limit;
  private final Runnable onExceeded;
  private long received;
  private boolean exceeded;

  LimitedBody(ReadStream<Buffer> source, long limit, Runnable onExceeded) {
    this.source = source;
    this.limit = limit;
    this.onExceeded = onExceeded;
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    if (handler == null) {
      source.handler(null);
      return this;
    }
    source.handler(
        chunk -> {
          if (exceeded) {
            return;
          }
          received += chunk.length();
          if (received > limit) {
            exceeded = true;
            onExceeded.run();
          } else {
            handler.handle(chunk);
          }
        });
    return this;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    source.exceptionHandler(handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    source.pause();
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    source.resume();
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    source.fetch(amount);
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
    source.endHandler(
        endHandler == null
            ? null
            : end -> {
              if (!exceeded) {
                endHandler.handle(end);
              }
            });
    return this;
  }
}
