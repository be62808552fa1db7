package fr.passerelle.gateway.routing;

import io.vertx.core.MultiMap;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A service answers {@code Location} (and {@code Content-Location}) with its own absolute address,
 * which callers cannot reach and must not learn: the gateway turns an address of the upstream into
 * the same path relative to the gateway (RFC 9110 allows a relative reference), without the
 * upstream's base path. Any other address is left as it is.
 */
final class UpstreamLocation {

  private static final String[] HEADERS = {"location", "content-location"};

  private UpstreamLocation() {}

  static void relativise(MultiMap headers, Upstream upstream) {
    for (String name : HEADERS) {
      String value = headers.get(name);
      if (value != null) {
        String relative = relative(value, upstream);
        if (relative != null) {
          headers.set(name, relative);
        }
      }
    }
  }

  /** The path, query and fragment of an address of the upstream; null for any other. */
  static String relative(String value, Upstream upstream) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return null;
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return null;
    }
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    if (!uri.getHost().equalsIgnoreCase(upstream.host()) || port != upstream.port()) {
      return null;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!upstream.basePath().isEmpty() && path.startsWith(upstream.basePath())) {
      path = path.substring(upstream.basePath().length());
    }
    return path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }
}
