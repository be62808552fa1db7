package fr.passerelle.gateway.health;

import fr.passerelle.gateway.config.GatewayConfig;
import fr.passerelle.gateway.routing.RouteTable;
import fr.passerelle.gateway.routing.Upstream;
import fr.passerelle.gateway.routing.UpstreamClients;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether each service answers its readiness endpoint (on its management URL). Always UP
 * itself: a service that is down makes its routes answer 503, it does not take the gateway out of
 * rotation.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

  private static final long TIMEOUT_MILLIS = Duration.ofSeconds(1).toMillis();

  private final RouteTable routes;
  private final Map<String, GatewayConfig.Service> services;
  private final UpstreamClients clients;

  UpstreamsReadiness(RouteTable routes, GatewayConfig config, UpstreamClients clients) {
    this.routes = routes;
    this.services = config.services();
    this.clients = clients;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    List<String> names = new ArrayList<>(routes.upstreams().keySet());
    names.sort(null);
    List<Future<Boolean>> probes = new ArrayList<>();
    for (String name : names) {
      probes.add(probe(routes.managementUpstreams().get(name), services.get(name).healthPath()));
    }
    Future<HealthCheckResponse> report =
        Future.join(probes)
            .transform(
                ignored -> {
                  HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
                  for (int i = 0; i < names.size(); i++) {
                    boolean up = probes.get(i).succeeded() && probes.get(i).result();
                    builder.withData(names.get(i), up ? "UP" : "DOWN");
                  }
                  return Future.succeededFuture(builder.build());
                });
    return Uni.createFrom().completionStage(report.toCompletionStage());
  }

  private Future<Boolean> probe(Upstream upstream, String healthPath) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost(upstream.host())
            .setPort(upstream.port())
            .setSsl(upstream.ssl())
            .setURI(upstream.basePath() + healthPath)
            .setConnectTimeout(TIMEOUT_MILLIS)
            .setIdleTimeout(TIMEOUT_MILLIS);
    return clients
        .current()
        .request(options)
        .compose(request -> request.send())
        .compose(response -> response.body().map(ignored -> response.statusCode() == 200));
  }
}
