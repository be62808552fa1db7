package fr.passerelle.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Headers that concern one connection, not the exchange (RFC 9110 §7.6.1): the standard ones and
 * those the sender names in {@code Connection}. They never cross the gateway, in either direction.
 */
final class HopByHopHeaders {

  private static final Set<String> STANDARD =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade");

  private HopByHopHeaders() {}

  static void strip(MultiMap headers) {
    List<String> named = new ArrayList<>();
    for (String connection : headers.getAll("connection")) {
      for (String token : connection.split(",")) {
        String name = token.trim();
        if (!name.isEmpty()) {
          named.add(name);
        }
      }
    }
    for (String name : named) {
      headers.remove(name);
    }
    for (String name : STANDARD) {
      headers.remove(name);
    }
  }
}
