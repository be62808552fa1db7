package fr.passerelle.gateway.openapi;

import fr.passerelle.gateway.config.GatewayConfig;
import fr.passerelle.gateway.routing.Route;
import fr.passerelle.gateway.routing.RouteTable;
import fr.passerelle.gateway.routing.Upstream;
import fr.passerelle.gateway.routing.UpstreamClients;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code GET /openapi}: the merged document, rebuilt from the services at most once per {@code
 * cache-ttl}. A service that does not answer is left out (and named in the document); the gateway
 * serves what it has.
 */
@ApplicationScoped
public class MergedOpenApi {

  private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

  public static final String PATH = "/openapi";

  private record Cached(Buffer json, long builtAtNanos) {}

  private final RouteTable routes;
  private final Map<String, GatewayConfig.Service> services;
  private final ServiceDocuments documents;
  private final OpenApiMerger merger;
  private final long cacheTtlNanos;
  private volatile Cached cached;

  MergedOpenApi(
      RouteTable routes,
      GatewayConfig config,
      UpstreamClients clients,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String identityProvider) {
    this.routes = routes;
    this.services = config.services();
    this.documents = new ServiceDocuments(clients, config.openapi().fetchTimeout());
    URI tokenUrl =
        config
            .openapi()
            .tokenUrl()
            .orElse(URI.create(identityProvider + "/protocol/openid-connect/token"));
    this.merger = new OpenApiMerger(config.openapi().title(), config.openapi().version(), tokenUrl);
    this.cacheTtlNanos = config.openapi().cacheTtl().toNanos();
  }

  void register(@Observes Router router) {
    router.get(PATH).handler(this::serve);
  }

  void serve(RoutingContext rc) {
    Cached current = cached;
    if (current != null && System.nanoTime() - current.builtAtNanos() < cacheTtlNanos) {
      send(rc, current.json());
      return;
    }
    build()
        .onComplete(
            built -> {
              if (built.succeeded()) {
                Buffer json = built.result().toBuffer();
                cached = new Cached(json, System.nanoTime());
                send(rc, json);
              } else {
                rc.fail(built.cause());
              }
            });
  }

  /** Asks every service at once, then merges what came back. */
  Future<JsonObject> build() {
    List<String> names = new ArrayList<>();
    services.forEach(
        (name, service) -> {
          if (service.openapiEnabled()) {
            names.add(name);
          }
        });
    names.sort(null);
    List<Future<JsonObject>> fetches = new ArrayList<>();
    for (String name : names) {
      Upstream upstream = routes.managementUpstreams().get(name);
      fetches.add(documents.fetch(upstream, services.get(name).openapiPath()));
    }
    return Future.join(fetches)
        .transform(
            ignored -> {
              List<ServiceDocument> available = new ArrayList<>();
              List<String> unavailable = new ArrayList<>();
              for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Future<JsonObject> fetch = fetches.get(i);
                if (fetch.succeeded()) {
                  available.add(new ServiceDocument(name, fetch.result(), routesOf(name)));
                } else {
                  LOG.warnf("OpenAPI document of the %s service left out: it did not answer", name);
                  unavailable.add(name);
                }
              }
              return Future.succeededFuture(merger.merge(available, unavailable));
            });
  }

  private List<Route> routesOf(String service) {
    return routes.routes().stream().filter(r -> r.upstream().name().equals(service)).toList();
  }

  private static void send(RoutingContext rc, Buffer json) {
    rc.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
        .end(json);
  }
}
