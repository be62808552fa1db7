package fr.passerelle.gateway.routing;

import fr.passerelle.gateway.config.GatewayConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the route of a path: the longest configured prefix that the path equals or continues with a
 * {@code /} ({@code /api/v1/sites} matches {@code /api/v1/sites/42}, not {@code /api/v1/sitesx}).
 * Built once from configuration; refuses to start on a route without a known service or a prefix
 * claimed twice.
 */
public final class RouteTable {

  private record Entry(String prefix, Route route) {}

  private final List<Entry> entriesLongestFirst;
  private final Map<String, Upstream> upstreams;
  private final Map<String, Upstream> managementUpstreams;
  private final List<Route> routes;

  /** A table whose services publish their OpenAPI document and readiness on their own URL. */
  RouteTable(Map<String, Upstream> upstreams, List<Route> routes) {
    this(upstreams, upstreams, routes);
  }

  RouteTable(
      Map<String, Upstream> upstreams,
      Map<String, Upstream> managementUpstreams,
      List<Route> routes) {
    this.upstreams = Map.copyOf(upstreams);
    this.managementUpstreams = Map.copyOf(managementUpstreams);
    this.routes = List.copyOf(routes);
    Map<String, Route> byPrefix = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (Route route : routes) {
      for (String prefix : route.prefixes()) {
        Route previous = byPrefix.putIfAbsent(prefix, route);
        if (previous != null) {
          throw new IllegalStateException(
              "Prefix "
                  + prefix
                  + " is claimed by routes "
                  + previous.name()
                  + " and "
                  + route.name());
        }
        entries.add(new Entry(prefix, route));
      }
    }
    entries.sort(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed());
    this.entriesLongestFirst = List.copyOf(entries);
  }

  public static RouteTable from(GatewayConfig config) {
    Map<String, Upstream> upstreams = new LinkedHashMap<>();
    Map<String, Upstream> managementUpstreams = new LinkedHashMap<>();
    config
        .services()
        .forEach(
            (name, service) -> {
              upstreams.put(name, Upstream.of(name, service.url()));
              managementUpstreams.put(
                  name,
                  service
                      .managementUrl()
                      .map(url -> Upstream.of(name, url, "management-url"))
                      .orElse(upstreams.get(name)));
            });
    List<Route> routes = new ArrayList<>();
    config
        .routes()
        .forEach(
            (name, route) -> {
              String serviceName = route.service().orElse(name);
              Upstream upstream = upstreams.get(serviceName);
              if (upstream == null) {
                throw new IllegalStateException(
                    "Route "
                        + name
                        + " forwards to service "
                        + serviceName
                        + ", which passerelle.gateway.services does not define");
              }
              routes.add(
                  new Route(
                      name,
                      upstream,
                      route.prefixes().stream().map(RouteTable::normalisedPrefix).toList(),
                      route.roles().orElse(Set.of()),
                      route.connectTimeout().toMillis(),
                      route.responseTimeout().toMillis(),
                      Math.max(0, route.retries())));
            });
    return new RouteTable(upstreams, managementUpstreams, routes);
  }

  /** The route serving this (already normalised) path, or null. */
  public Route match(String path) {
    for (Entry entry : entriesLongestFirst) {
      String prefix = entry.prefix();
      if (path.startsWith(prefix)
          && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
        return entry.route();
      }
    }
    return null;
  }

  public Map<String, Upstream> upstreams() {
    return upstreams;
  }

  /**
   * Each service's management interface, by service name: where its OpenAPI document and its
   * readiness are read ({@code services.<name>.management-url}, else its URL).
   */
  public Map<String, Upstream> managementUpstreams() {
    return managementUpstreams;
  }

  public List<Route> routes() {
    return routes;
  }

  private static String normalisedPrefix(String prefix) {
    if (!prefix.startsWith("/")) {
      throw new IllegalStateException("Route prefix " + prefix + " must start with /");
    }
    return prefix.length() > 1 && prefix.endsWith("/")
        ? prefix.substring(0, prefix.length() - 1)
        : prefix;
  }
}
