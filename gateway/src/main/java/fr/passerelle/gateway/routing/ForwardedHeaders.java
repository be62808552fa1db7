package fr.passerelle.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * {@code X-Forwarded-For/-Proto/-Host/-Port}, so that a service knows who called and how. Values a
 * caller sent are dropped unless a trusted load balancer in front of the gateway is declared, in
 * which case the gateway appends itself to the chain.
 */
final class ForwardedHeaders {

  private final boolean trustIncoming;

  ForwardedHeaders(boolean trustIncoming) {
    this.trustIncoming = trustIncoming;
  }

  void apply(HttpServerRequest request, MultiMap headers) {
    SocketAddress remote = request.remoteAddress();
    String client = remote == null ? "unknown" : remote.hostAddress();
    HostAndPort authority = request.authority();
    String proto = request.scheme() == null ? "http" : request.scheme();
    if (trustIncoming) {
      String chain = headers.get("X-Forwarded-For");
      headers.set("X-Forwarded-For", chain == null ? client : chain + ", " + client);
      setIfAbsent(headers, "X-Forwarded-Proto", proto);
      if (authority != null) {
        setIfAbsent(headers, "X-Forwarded-Host", authority.host());
        setIfAbsent(headers, "X-Forwarded-Port", Integer.toString(port(authority, proto)));
      }
      return;
    }
    headers.remove("Forwarded").remove("X-Forwarded-Prefix");
    headers.set("X-Forwarded-For", client).set("X-Forwarded-Proto", proto);
    if (authority != null) {
      headers
          .set("X-Forwarded-Host", authority.host())
          .set("X-Forwarded-Port", Integer.toString(port(authority, proto)));
    } else {
      headers.remove("X-Forwarded-Host").remove("X-Forwarded-Port");
    }
  }

  private static int port(HostAndPort authority, String proto) {
    return authority.port() > 0 ? authority.port() : "https".equals(proto) ? 443 : 80;
  }

  private static void setIfAbsent(MultiMap headers, String name, String value) {
    if (!headers.contains(name)) {
      headers.set(name, value);
    }
  }
}
