package fr.passerelle.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints access tokens shaped like the ones Keycloak issues for Passerelle (roles in {@code
 * realm_access.roles}, scope claims {@code safir} and {@code e2c_sites}, {@code azp} for the
 * client), signed by the {@link OidcResource} provider's key.
 *
 * <pre>{@code
 * String token = TestTokens.user("advisor-1").roles("pe-advisor").safir("75012").issue();
 * }</pre>
 */
public final class TestTokens {

  public static final String ISSUER = "https://oidc.passerelle.test/realms/passerelle";
  public static final String AUDIENCE = "passerelle";

  private final String subject;
  private final String clientId;
  private final List<String> roles = new ArrayList<>();
  private final List<String> e2cSites = new ArrayList<>();
  private String safir;
  private String issuer = ISSUER;
  private String audience = AUDIENCE;
  private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

  private TestTokens(String subject, String clientId) {
    this.subject = subject;
    this.clientId = clientId;
  }

  /** A person signed in through the Passerelle portal client. */
  public static TestTokens user(String username) {
    return new TestTokens(username, "passerelle-portal");
  }

  /** A person signed in through another client than the portal. */
  public static TestTokens user(String username, String clientId) {
    return new TestTokens(username, clientId);
  }

  /** A machine client using the client-credentials grant (its subject is its service account). */
  public static TestTokens client(String clientId) {
    return new TestTokens("service-account-" + clientId, clientId);
  }

  public TestTokens roles(String... names) {
    roles.addAll(List.of(names));
    return this;
  }

  public TestTokens safir(String agencyCode) {
    this.safir = agencyCode;
    return this;
  }

  public TestTokens e2cSites(UUID... siteIds) {
    for (UUID siteId : siteIds) {
      e2cSites.add(siteId.toString());
    }
    return this;
  }

  public TestTokens issuer(String value) {
    this.issuer = value;
    return this;
  }

  public TestTokens audience(String value) {
    this.audience = value;
    return this;
  }

  public TestTokens expired() {
    this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
    return this;
  }

  /** The signed compact JWT. */
  public String issue() {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject(subject);
    claims.setClaim("preferred_username", subject);
    claims.setClaim("azp", clientId);
    claims.setClaim("client_id", clientId);
    claims.setGeneratedJwtId();
    claims.setIssuedAt(NumericDate.fromMilliseconds(expiresAt.minusSeconds(300).toEpochMilli()));
    claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
    claims.setClaim("realm_access", Map.of("roles", List.copyOf(roles)));
    if (safir != null) {
      claims.setClaim("safir", safir);
    }
    if (!e2cSites.isEmpty()) {
      claims.setClaim("e2c_sites", List.copyOf(e2cSites));
    }
    JsonWebSignature signature = new JsonWebSignature();
    signature.setPayload(claims.toJson());
    signature.setKey(SigningKey.INSTANCE.getPrivateKey());
    signature.setKeyIdHeaderValue(SigningKey.INSTANCE.getKeyId());
    signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return signature.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Could not sign the test token", e);
    }
  }

  /** The provider's signing key, the private half of the JWKS that {@link OidcResource} serves. */
  private static final class SigningKey {
    static final RsaJsonWebKey INSTANCE = load();

    private static RsaJsonWebKey load() {
      try (InputStream in =
          TestTokens.class.getClassLoader().getResourceAsStream("privateKey.jwk")) {
        if (in == null) {
          throw new IllegalStateException("privateKey.jwk of quarkus-test-oidc-server is missing");
        }
        return (RsaJsonWebKey)
            JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException | JoseException e) {
        throw new IllegalStateException("Could not read the test signing key", e);
      }
    }
  }
}
