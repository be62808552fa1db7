package fr.passerelle.gateway.routing;

import java.net.URI;

/** A service behind the gateway: where to reach it, and its name as callers may see it. */
public record Upstream(
    String name, String host, int port, boolean ssl, String basePath, URI baseUrl) {

  public static Upstream of(String name, URI url) {
    return of(name, url, "url");
  }

  /**
   * @param property the configuration key of the URL, named when it is not an http(s) URL
   */
  public static Upstream of(String name, URI url, String property) {
    if (url.getHost() == null || !("http".equals(url.getScheme()) || isHttps(url))) {
      throw new IllegalArgumentException(
          "passerelle.gateway.services." + name + "." + property + " must be an http(s) URL");
    }
    int port = url.getPort() != -1 ? url.getPort() : isHttps(url) ? 443 : 80;
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    String basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return new Upstream(name, url.getHost(), port, isHttps(url), basePath, url);
  }

  private static boolean isHttps(URI url) {
    return "https".equals(url.getScheme());
  }
}
