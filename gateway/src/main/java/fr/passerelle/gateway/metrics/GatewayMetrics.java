package fr.passerelle.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code passerelle_gateway_requests_seconds{route,status}}: one timer per route and status. Tagged
 * by route name rather than path so that ids in paths do not multiply the series; meters are looked
 * up once and kept, as this runs on every request.
 */
@Singleton
public class GatewayMetrics {

  private static final String NO_ROUTE = "none";

  private final MeterRegistry registry;
  private final ConcurrentMap<String, Timer[]> timersByRoute = new ConcurrentHashMap<>();

  GatewayMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void record(String route, int status, long durationNanos) {
    timer(route == null ? NO_ROUTE : route, status).record(durationNanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(String route, int status) {
    int code = status >= 100 && status < 600 ? status : 0;
    Timer[] byStatus = timersByRoute.computeIfAbsent(route, name -> new Timer[600]);
    Timer timer = byStatus[code];
    if (timer == null) {
      // Registering twice from two threads returns the same meter: the race is harmless.
      timer =
          Timer.builder("passerelle.gateway.requests")
              .description("Requests answered by the gateway, by route and status")
              .tag("route", route)
              .tag("status", Integer.toString(code))
              .register(registry);
      byStatus[code] = timer;
    }
    return timer;
  }
}
