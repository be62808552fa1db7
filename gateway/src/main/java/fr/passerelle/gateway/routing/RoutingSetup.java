package fr.passerelle.gateway.routing;

import fr.passerelle.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The route table and the pooled, kept-alive HTTP clients that every route shares. */
public class RoutingSetup {

  @Produces
  @Singleton
  RouteTable routeTable(GatewayConfig config) {
    return RouteTable.from(config);
  }

  /** Closed with Vert.x, after the HTTP server: requests still in flight keep their clients. */
  @Produces
  @Singleton
  UpstreamClients upstreamClients(Vertx vertx, GatewayConfig config) {
    HttpClientOptions options =
        new HttpClientOptions()
            .setKeepAlive(true)
            .setKeepAliveTimeout((int) config.upstream().keepAliveTimeout().toSeconds())
            .setTcpNoDelay(true)
            // Upstreams answer with their own encoding; the gateway passes it through untouched.
            .setDecompressionSupported(false);
    return new UpstreamClients(
        vertx, options, new PoolOptions().setHttp1MaxSize(config.upstream().poolSize()));
  }
}
