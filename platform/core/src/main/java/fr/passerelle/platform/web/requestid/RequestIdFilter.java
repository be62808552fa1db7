package fr.passerelle.platform.web.requestid;

import fr.passerelle.contracts.http.Headers;
import fr.passerelle.contracts.http.RequestIds;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (the gateway
 * sends one; the rule is {@link RequestIds}), a new UUID otherwise. The id is echoed in the
 * response and is in the log context ({@code %X{requestId}}) of everything the request logs.
 */
@ApplicationScoped
public class RequestIdFilter {

  public static final String MDC_KEY = "requestId";

  void register(@Observes Router router) {
    router
        .route()
        .order(-200)
        .handler(
            context -> {
              String requestId =
                  RequestIds.acceptOrCreate(context.request().getHeader(Headers.REQUEST_ID));
              context.put(MDC_KEY, requestId);
              MDC.put(MDC_KEY, requestId);
              context.response().putHeader(Headers.REQUEST_ID, requestId);
              context.next();
            });
  }
}
