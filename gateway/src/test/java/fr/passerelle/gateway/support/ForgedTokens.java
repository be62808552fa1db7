package fr.passerelle.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** Bad tokens built from a good one, the way an attacker would try. */
public final class ForgedTokens {

  private ForgedTokens() {}

  /** The same claims with {@code "alg": "none"} and no signature. */
  public static String unsigned(String token) {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    return header + "." + token.split("\\.")[1] + ".";
  }

  /** One character of the signature changed. */
  public static String withTamperedSignature(String token) {
    int lastDot = token.lastIndexOf('.');
    int middle = lastDot + (token.length() - lastDot) / 2;
    char replacement = token.charAt(middle) == 'A' ? 'B' : 'A';
    return token.substring(0, middle) + replacement + token.substring(middle + 1);
  }

  /** The claims of the token with the roles replaced, under the original signature. */
  public static String withClaimsChanged(String token, String fromRole, String toRole) {
    String[] parts = token.split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"" + fromRole + "\"", "\"" + toRole + "\"");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  /** The same claims signed with HS256 and a secret of the attacker's choosing. */
  public static String signedWithSharedSecret(String token) {
    JsonWebSignature signature = new JsonWebSignature();
    signature.setPayload(
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    signature.setKey(
        new HmacKey(
            "an attacker's secret, long enough for HS256".getBytes(StandardCharsets.UTF_8)));
    signature.setDoKeyValidation(false);
    try {
      return signature.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
