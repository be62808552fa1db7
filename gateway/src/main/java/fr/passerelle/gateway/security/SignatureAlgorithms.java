package fr.passerelle.gateway.security;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The allow-list of signature algorithms, checked on the token's header before any verification:
 * {@code none}, HMAC algorithms (which a public JWKS key could be abused to "verify") and anything
 * unexpected are refused outright.
 */
final class SignatureAlgorithms {

  private final Set<String> allowed;

  SignatureAlgorithms(Set<String> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  boolean allows(String token) {
    int headerEnd = token.indexOf('.');
    if (headerEnd <= 0) {
      return false;
    }
    try {
      byte[] header = Base64.getUrlDecoder().decode(token.substring(0, headerEnd));
      Object alg = new JsonObject(new String(header, StandardCharsets.UTF_8)).getValue("alg");
      return alg instanceof String name && allowed.contains(name);
    } catch (RuntimeException unreadable) {
      return false;
    }
  }
}
