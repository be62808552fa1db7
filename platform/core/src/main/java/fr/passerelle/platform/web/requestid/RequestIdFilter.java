package fr.passerelle.platform.web.requestid;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (the gateway
 * sends one), a new UUID otherwise. The id is echoed in the response and is in the log context
 * ({@code %X{requestId}}) of everything the request logs.
 */
@ApplicationScoped
public class RequestIdFilter {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void register(@Observes Router router) {
    router
        .route()
        .order(-200)
        .handler(
            context -> {
              String requestId = accepted(context.request().getHeader(HEADER));
              context.put(MDC_KEY, requestId);
              MDC.put(MDC_KEY, requestId);
              context.response().putHeader(HEADER, requestId);
              context.next();
            });
  }

  static String accepted(String incoming) {
    return incoming != null && ACCEPTED.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }
}
