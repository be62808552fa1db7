package fr.passerelle.gateway.steering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SteeringPageTest {

  private static final List<String> FILES =
      List.of(
          "/steering/",
          "/steering/index.html",
          "/steering/app.js",
          "/steering/styles.css",
          "/steering/vendor/oidc-client-ts.min.js",
          "/steering/vendor/echarts.min.js",
          "/steering/config.json");

  private static String identityProviderOrigin() {
    URI realm =
        URI.create(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    return realm.getScheme() + "://" + realm.getAuthority();
  }

  @Test
  void the_page_and_its_files_are_served_without_token_under_a_strict_content_security_policy() {
    String idp = identityProviderOrigin();
    for (String file : FILES) {
      Response response = given().get(file);
      assertThat(response.statusCode()).as(file).isEqualTo(200);
      assertThat(response.header("Content-Security-Policy"))
          .as(file)
          .isEqualTo(
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                  + " connect-src 'self' "
                  + idp
                  + "; frame-ancestors 'none'; base-uri 'none'; form-action "
                  + idp);
      assertThat(response.header("X-Content-Type-Options")).as(file).isEqualTo("nosniff");
      assertThat(response.header("Referrer-Policy")).as(file).isEqualTo("no-referrer");
      assertThat(response.header("X-Frame-Options")).as(file).isEqualTo("DENY");
    }
  }

  @Test
  void each_file_has_its_type() {
    assertThat(given().get("/steering/").contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(given().get("/steering/app.js").contentType())
        .isEqualTo("text/javascript; charset=utf-8");
    assertThat(given().get("/steering/styles.css").contentType())
        .isEqualTo("text/css; charset=utf-8");
    assertThat(given().get("/steering/vendor/echarts.min.js").asString()).contains("echarts");
    assertThat(given().get("/steering/vendor/oidc-client-ts.min.js").asString())
        .contains("UserManager");
  }

  @Test
  void the_page_learns_where_to_sign_in_from_the_gateway_configuration() {
    Response config = given().get("/steering/config.json");
    assertThat(config.contentType()).isEqualTo("application/json");
    assertThat(config.header("Cache-Control")).isEqualTo("no-store");
    assertThat(config.jsonPath().getString("realmUrl"))
        .isEqualTo(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    assertThat(config.jsonPath().getString("clientId")).isEqualTo("passerelle-portal");
  }

  @Test
  void the_address_without_its_slash_redirects_to_the_page_keeping_the_shared_view() {
    given()
        .urlEncodingEnabled(false)
        .redirects()
        .follow(false)
        .get("/steering?vue=taux&territoire=region:32")
        .then()
        .statusCode(302)
        .header("Location", "/steering/?vue=taux&territoire=region:32");
  }

  @Test
  void a_file_seen_before_is_not_sent_again() {
    String etag = given().get("/steering/app.js").header("ETag");
    assertThat(etag).isNotBlank();
    given().header("If-None-Match", etag).get("/steering/app.js").then().statusCode(304);
  }

  @Test
  void nothing_else_is_served_there() {
    for (String path :
        List.of(
            "/steering/nothing.js",
            "/steering/.npmrc",
            "/steering/package.json",
            "/steering/node_modules/echarts/package.json",
            "/steering/../application.properties",
            "/steering/%2e%2e/application.properties",
            "/steering/app.java")) {
      assertThat(given().get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void the_api_still_refuses_calls_without_a_token() {
    for (String path :
        List.of(
            "/api/v1/indicators/funnel",
            "/api/v1/experiments",
            "/api/v1/sites",
            "/steering/../api/v1/indicators/funnel")) {
      Response response = given().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.header("Content-Security-Policy"))
          .as(path)
          .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }
  }

  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern EVENT_HANDLER =
      Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE_ATTRIBUTE =
      Pattern.compile("<[^>]+\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern JAVASCRIPT_URL =
      Pattern.compile("(href|src|action)\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);

  @Test
  void no_page_has_an_inline_script_event_handler_or_style() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(servedFiles())) {
      pages = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    assertThat(pages).isNotEmpty();
    for (Path page : pages) {
      String html = Files.readString(page);
      assertThat(INLINE_SCRIPT.matcher(html).find()).as(page + ": inline <script>").isFalse();
      assertThat(EVENT_HANDLER.matcher(html).find()).as(page + ": on…= handler").isFalse();
      assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as(page + ": style attribute").isFalse();
      assertThat(JAVASCRIPT_URL.matcher(html).find()).as(page + ": javascript: URL").isFalse();
      // and what is served is that file
      assertThat(given().get("/steering/" + servedFiles().relativize(page)).asString())
          .isEqualTo(html);
    }
  }

  @Test
  void the_page_own_scripts_write_no_markup_and_no_style_attribute() throws Exception {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(servedFiles())) {
      scripts = files.filter(p -> p.toString().endsWith(".js")).toList();
    }
    assertThat(scripts).hasSizeGreaterThan(3);
    for (Path script : scripts) {
      String js = Files.readString(script);
      assertThat(js).as(script.toString()).doesNotContain("innerHTML", "outerHTML", "eval(");
      assertThat(js).as(script.toString()).doesNotContainPattern("setAttribute\\(\\s*'style'");
      assertThat(js).as(script.toString()).doesNotContain("cdn", "http://", "https://");
    }
  }

  private static Path servedFiles() throws URISyntaxException, IOException {
    URI index =
        SteeringPageTest.class.getClassLoader().getResource("steering-page/index.html").toURI();
    return Path.of(index).getParent();
  }
}
