package fr.passerelle.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * The pooled, kept-alive HTTP clients that talk to the services: one per event loop, so that a
 * request and the upstream connection it uses are served by the same thread. (A single client
 * shared by all event loops hands out connections regardless of their thread, which costs two
 * thread hops per request.)
 */
public final class UpstreamClients {

  private final Vertx vertx;
  private final HttpClientOptions options;
  private final PoolOptions pool;
  private final ThreadLocal<HttpClient> perEventLoop = ThreadLocal.withInitial(this::create);
  private final HttpClient shared;

  UpstreamClients(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
    this.vertx = vertx;
    this.options = options;
    this.pool = pool;
    this.shared = create();
  }

  /** The calling event loop's client; off an event loop, a client shared by those callers. */
  public HttpClient current() {
    return Context.isOnEventLoopThread() ? perEventLoop.get() : shared;
  }

  private HttpClient create() {
    return vertx.createHttpClient(options, pool);
  }
}
