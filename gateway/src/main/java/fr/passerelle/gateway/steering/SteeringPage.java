package fr.passerelle.gateway.steering;

import fr.passerelle.gateway.config.GatewayConfig;
import fr.passerelle.gateway.edge.Exchange;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steering page: static files (HTML, CSS, JavaScript modules and the libraries the build copied
 * from npm) served from the classpath ({@code steering-page/}) at {@code /steering/}, and {@code
 * /steering/config.json}, which tells the page where to sign in. No token is needed to load the
 * page; the page then calls the API with the bearer token of the person who signed in, as any
 * partner does. The strict Content-Security-Policy of these responses is set by the edge ({@code
 * SecurityHeaders}).
 */
@Singleton
public class SteeringPage {

  /** The page's path, without its trailing slash. */
  public static final String PATH = "/steering";

  private static final String ROOT = "steering-page/";
  private static final String ROUTE_NAME = "steering-page";

  /** Paths of the served files: no dot segment, no hidden file, known characters only. */
  private static final Pattern FILE =
      Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");

  private final Buffer config;
  private final Map<String, Asset> assets = new ConcurrentHashMap<>();

  SteeringPage(
      GatewayConfig gatewayConfig,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") URI identityProvider) {
    this.config =
        new JsonObject()
            .put("realmUrl", realmUrl(gatewayConfig, identityProvider).toString())
            .put("clientId", gatewayConfig.steeringPage().clientId())
            .toBuffer();
  }

  /** The realm the page signs in to: configured, else the gateway's own OIDC provider. */
  public static URI realmUrl(GatewayConfig config, URI identityProvider) {
    return config.steeringPage().realmUrl().orElse(identityProvider);
  }

  void register(@Observes Router router) {
    router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::redirect);
    router.route(PATH + "/*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
  }

  /** {@code /steering} → {@code /steering/}, keeping the query: a shared view stays shared. */
  private void redirect(RoutingContext rc) {
    if (!rc.normalizedPath().equals(PATH)) {
      rc.next(); // Vert.x matches an exact path with a trailing slash too
      return;
    }
    Exchange.of(rc).route(ROUTE_NAME);
    String query = rc.request().query();
    rc.response()
        .setStatusCode(302)
        .putHeader(HttpHeaders.LOCATION, PATH + "/" + (query == null ? "" : "?" + query))
        .end();
  }

  private void serve(RoutingContext rc) {
    Exchange.of(rc).route(ROUTE_NAME);
    String path = rc.normalizedPath();
    if (!path.startsWith(PATH + "/")) {
      rc.next();
      return;
    }
    String file = path.substring(PATH.length() + 1);
    if (file.isEmpty()) {
      file = "index.html";
    }
    if (file.equals("config.json")) {
      send(rc, new Asset(config, "application/json", null), "no-store");
      return;
    }
    String type = type(file);
    if (type == null || !FILE.matcher(file).matches()) {
      rc.next();
      return;
    }
    Asset cached = assets.get(file);
    if (cached != null) {
      send(rc, cached, "no-cache");
      return;
    }
    String name = file;
    rc.vertx()
        .<Asset>executeBlocking(() -> load(name, type), false)
        .onComplete(
            loaded -> {
              if (loaded.failed()) {
                rc.fail(loaded.cause());
              } else if (loaded.result() == null) {
                rc.next();
              } else {
                assets.putIfAbsent(name, loaded.result());
                send(rc, loaded.result(), "no-cache");
              }
            });
  }

  private static void send(RoutingContext rc, Asset asset, String cacheControl) {
    var response = rc.response();
    response.putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
    if (asset.etag() != null) {
      response.putHeader(HttpHeaders.ETAG, asset.etag());
      if (asset.etag().equals(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
        response.setStatusCode(304).end();
        return;
      }
    }
    response.putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType());
    if (rc.request().method() == HttpMethod.HEAD) {
      response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(asset.body().length()));
      response.end();
    } else {
      response.end(asset.body());
    }
  }

  private static String type(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? null : TYPES.get(file.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static Asset load(String file, String type) {
    try (InputStream in = SteeringPage.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readAllBytes();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String etag =
          "\""
              + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
              + "\"";
      return new Asset(Buffer.buffer(bytes), type, etag);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Asset(Buffer body, String contentType, String etag) {}
}
