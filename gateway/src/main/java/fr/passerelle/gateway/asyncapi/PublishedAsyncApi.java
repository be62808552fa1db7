package fr.passerelle.gateway.asyncapi;

import fr.passerelle.contracts.events.EventCatalog;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * {@code GET /asyncapi}: the AsyncAPI document of every event type in {@link EventCatalog}, built
 * once at start (a schema it cannot describe stops the start). Public, as {@code /openapi} is.
 */
@Singleton
public class PublishedAsyncApi {

  public static final String PATH = "/asyncapi";

  private final Buffer json = AsyncApiDocument.of(EventCatalog.ALL).toBuffer();

  void register(@Observes Router router) {
    router.get(PATH).handler(this::serve);
  }

  private void serve(RoutingContext rc) {
    rc.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
        .end(json);
  }
}
