package fr.passerelle.gateway.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * What {@code gateway/bench/run} measures against, in one process on loopback: a trivial upstream
 * (a fixed small JSON answer, so only the hops are measured) and a minimal OIDC issuer (discovery
 * document and JWKS of a key made at start), whose token for the benchmark client is written to a
 * file. The issuer's key is kept in a file and reused, so that a service that fetched its JWKS in
 * an earlier run (services refresh their JWKS at most every few minutes) still trusts the tokens.
 *
 * <p>{@code BenchServers <upstream-port> <issuer-port> <token-file> <key-file>}
 */
public final class BenchServers {

  private static final Buffer ANSWER =
      Buffer.buffer("{\"id\":\"6f1c2d3e-0000-4000-8000-000000000000\",\"name\":\"bench\"}");

  private BenchServers() {}

  public static void main(String[] args) throws Exception {
    int upstreamPort = Integer.parseInt(args[0]);
    int issuerPort = Integer.parseInt(args[1]);
    Path tokenFile = Path.of(args[2]);
    Path keyFile = Path.of(args[3]);

    String issuer = "http://127.0.0.1:" + issuerPort + "/realms/passerelle";
    RsaJsonWebKey key = signingKey(keyFile);

    Vertx vertx = Vertx.vertx();
    vertx
        .createHttpServer()
        .requestHandler(
            request -> request.response().putHeader("Content-Type", "application/json").end(ANSWER))
        .listen(upstreamPort, "127.0.0.1")
        .toCompletionStage()
        .toCompletableFuture()
        .join();

    Buffer discovery =
        new JsonObject()
            .put("issuer", issuer)
            .put("jwks_uri", issuer + "/protocol/openid-connect/certs")
            .put("token_endpoint", issuer + "/protocol/openid-connect/token")
            .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
            .toBuffer();
    Buffer jwks =
        Buffer.buffer("{\"keys\":[" + key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}");
    vertx
        .createHttpServer()
        .requestHandler(
            request -> {
              String path = request.path();
              Buffer body =
                  path.endsWith("/.well-known/openid-configuration")
                      ? discovery
                      : path.endsWith("/protocol/openid-connect/certs") ? jwks : null;
              if (body == null) {
                request.response().setStatusCode(404).end();
              } else {
                request.response().putHeader("Content-Type", "application/json").end(body);
              }
            })
        .listen(issuerPort, "127.0.0.1")
        .toCompletionStage()
        .toCompletableFuture()
        .join();

    Files.writeString(tokenFile, token(key, issuer), StandardCharsets.US_ASCII);
    System.out.println("bench servers ready");
  }

  private static RsaJsonWebKey signingKey(Path keyFile) throws Exception {
    if (Files.exists(keyFile)) {
      return (RsaJsonWebKey)
          JsonWebKey.Factory.newJwk(Files.readString(keyFile, StandardCharsets.US_ASCII));
    }
    RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
    key.setKeyId("bench-key");
    key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    Files.writeString(
        keyFile,
        key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE),
        StandardCharsets.US_ASCII);
    return key;
  }

  /** A machine client's token, shaped like Keycloak's, valid for the whole run. */
  private static String token(RsaJsonWebKey key, String issuer) throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience("passerelle");
    claims.setSubject("service-account-bench-client");
    claims.setClaim("azp", "bench-client");
    claims.setClaim("client_id", "bench-client");
    claims.setClaim("realm_access", Map.of("roles", List.of("partner", "admin")));
    claims.setIssuedAt(NumericDate.now());
    claims.setExpirationTime(
        NumericDate.fromSeconds(Instant.now().plus(Duration.ofHours(2)).getEpochSecond()));
    claims.setGeneratedJwtId();
    JsonWebSignature signature = new JsonWebSignature();
    signature.setPayload(claims.toJson());
    signature.setKey(key.getPrivateKey());
    signature.setKeyIdHeaderValue(key.getKeyId());
    signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return signature.getCompactSerialization();
  }
}
