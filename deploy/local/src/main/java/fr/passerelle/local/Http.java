package fr.passerelle.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The few HTTP calls the launcher makes: readiness probes, tokens, demo data. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  public static int status(String url) throws IOException, InterruptedException {
    return CLIENT
        .send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  public static JsonNode postForm(String url, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return parse(url, response);
  }

  /** Sends JSON with a bearer token; returns the answer's JSON, failing on any error status. */
  public static JsonNode send(String method, String url, String token, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(
                body instanceof String s ? s : JSON.writeValueAsString(body)));
    return parse(url, CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  /** An answer whatever its status: the status, the JSON body (null node when empty). */
  public record Answer(int status, JsonNode body) {

    /** The problem's {@code code} member, or empty. */
    public String code() {
      return body.path("code").asText("");
    }
  }

  /** Sends JSON with a bearer token and returns the answer, whatever its status. */
  public static Answer call(String method, String url, String token, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(
                body instanceof String s ? s : JSON.writeValueAsString(body)));
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String text = response.body();
    JsonNode json;
    try {
      json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
    } catch (IOException notJson) {
      json = JSON.getNodeFactory().textNode(text);
    }
    return new Answer(response.statusCode(), json);
  }

  private static JsonNode parse(String url, HttpResponse<String> response) throws IOException {
    if (response.statusCode() >= 300) {
      throw new IOException(
          response.request().method()
              + " "
              + url
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
