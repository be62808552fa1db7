package fr.passerelle.gateway.support;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** What tests ask the stand-in services directly, not through the gateway. */
public final class StandIns {

  private StandIns() {}

  public static URI url(String service) {
    return ConfigProvider.getConfig()
        .getValue("passerelle.gateway.services." + service + ".url", URI.class);
  }

  /** How many requests for exactly this path reached the service. */
  public static int timesServed(String service, String path) {
    return given()
        .queryParam("path", path)
        .get(url(service).resolve("/_seen"))
        .then()
        .statusCode(200)
        .extract()
        .path("count");
  }

  /** A path under the prefix that no other request uses, to tell whether it was forwarded. */
  public static String uniquePath(String prefix) {
    return prefix + "/probe-" + UUID.randomUUID();
  }
}
