package fr.passerelle.gateway.openapi;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.gateway.problem.Problems;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * What the gateway adds to every operation of the merged document because it does it itself: the
 * {@code RateLimit-*} headers on 2xx and 4xx answers, the 429 problem answer with {@code
 * Retry-After}, and {@code Access-Control-Allow-Origin} for the browser origins it allows. The
 * services know nothing of either, so their documents say nothing of them.
 */
final class GatewayAnswers {

  static final String TOO_MANY_REQUESTS = "TooManyRequests";
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final List<String> RATE_LIMIT_HEADERS =
      List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy");

  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final String RESPONSES = "#/components/responses/";
  private static final String SENT =
      " Sent on every answer to a request the gateway counted: absent on the 401 and 403 it gives"
          + " before counting (no token, a bad one, roles the route does not admit).";

  private GatewayAnswers() {}

  /** Declares the headers and the 429 answer once in {@code components}, then refers to them. */
  static void addTo(JsonObject paths, JsonObject components) {
    declareHeaders(child(components, "headers"));
    ensureProblemSchema(child(components, "schemas"));
    JsonObject shared = child(components, "responses");
    shared.put(TOO_MANY_REQUESTS, tooManyRequests());
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        if (OPERATIONS.contains(method) && item.getValue(method) instanceof JsonObject operation) {
          JsonObject responses = child(operation, "responses");
          for (String status : responses.fieldNames()) {
            if (responses.getValue(status) instanceof JsonObject response) {
              addHeaders(resolve(response, shared), counted(status));
            }
          }
          responses.put("429", new JsonObject().put("$ref", RESPONSES + TOO_MANY_REQUESTS));
        }
      }
    }
  }

  /** The answers the rate limit counted: the service's 2xx and 4xx. */
  private static boolean counted(String status) {
    return status.startsWith("2") || status.startsWith("4");
  }

  /** The answer itself, or the shared answer it refers to (null when it refers elsewhere). */
  private static JsonObject resolve(JsonObject response, JsonObject shared) {
    String ref = response.getString("$ref");
    if (ref == null) {
      return response;
    }
    return ref.startsWith(RESPONSES)
            && shared.getValue(ref.substring(RESPONSES.length())) instanceof JsonObject target
        ? target
        : null;
  }

  private static void addHeaders(JsonObject response, boolean rateLimited) {
    if (response == null) {
      return;
    }
    JsonObject headers = child(response, "headers");
    headers.put(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
    if (rateLimited) {
      RATE_LIMIT_HEADERS.forEach(name -> headers.put(name, headerRef(name)));
    }
  }

  private static JsonObject tooManyRequests() {
    JsonObject headers = new JsonObject().put("Retry-After", headerRef("Retry-After"));
    RATE_LIMIT_HEADERS.forEach(name -> headers.put(name, headerRef(name)));
    headers.put(ALLOW_ORIGIN, headerRef(ALLOW_ORIGIN));
    return new JsonObject()
        .put(
            "description",
            ProblemType.RATE_LIMITED.title()
                + " ("
                + ProblemType.RATE_LIMITED.uri()
                + "): the caller's quota is spent; retry after Retry-After seconds.")
        .put("headers", headers)
        .put(
            "content",
            new JsonObject()
                .put(
                    Problems.MEDIA_TYPE,
                    new JsonObject()
                        .put(
                            "schema",
                            new JsonObject().put("$ref", "#/components/schemas/Problem"))));
  }

  private static void declareHeaders(JsonObject headers) {
    headers.put(
        "RateLimit-Limit",
        seconds("The number of requests the caller's quota allows in the current window." + SENT));
    headers.put(
        "RateLimit-Remaining",
        seconds("The number of requests left in the current window." + SENT));
    headers.put(
        "RateLimit-Reset", seconds("The number of seconds until the quota is full again." + SENT));
    headers.put(
        "RateLimit-Policy",
        header(
            "The quota and its window in seconds, as <requests>;w=<seconds> (600;w=60)." + SENT,
            text(64).put("pattern", "^[0-9]+;w=[0-9]+$")));
    headers.put(
        "Retry-After",
        seconds("The number of seconds to wait before the gateway accepts a request again."));
    headers.put(
        ALLOW_ORIGIN,
        header(
            "The request's Origin, when it is one of the browser origins the gateway allows"
                + " (CORS_ALLOWED_ORIGINS, none by default); absent otherwise, so that browsers"
                + " keep the answer from other sites' scripts.",
            text(2048).put("format", "uri")));
  }

  private static JsonObject seconds(String description) {
    return header(
        description,
        new JsonObject()
            .put("type", "integer")
            .put("format", "int64")
            .put("minimum", 0)
            .put("maximum", Integer.MAX_VALUE));
  }

  private static JsonObject header(String description, JsonObject schema) {
    return new JsonObject().put("description", description).put("schema", schema);
  }

  private static JsonObject headerRef(String header) {
    return new JsonObject().put("$ref", "#/components/headers/" + header);
  }

  /** The services' Problem schema, or the gateway's own when no service answered. */
  private static void ensureProblemSchema(JsonObject schemas) {
    if (schemas.containsKey("Problem")) {
      return;
    }
    schemas.put(
        "Problem",
        new JsonObject()
            .put("type", "object")
            .put("description", "RFC 9457 problem detail")
            .put(
                "properties",
                new JsonObject()
                    .put("type", text(2048).put("format", "uri"))
                    .put("title", text(200))
                    .put(
                        "status",
                        new JsonObject()
                            .put("type", "integer")
                            .put("format", "int32")
                            .put("minimum", 400)
                            .put("maximum", 599))
                    .put("detail", text(2000))
                    .put("instance", text(2048)))
            .put("required", new JsonArray().add("type").add("title").add("status")));
  }

  private static JsonObject text(int maxLength) {
    return new JsonObject().put("type", "string").put("maxLength", maxLength);
  }

  private static JsonObject child(JsonObject parent, String name) {
    JsonObject child = parent.getJsonObject(name);
    if (child == null) {
      child = new JsonObject();
      parent.put(name, child);
    }
    return child;
  }
}
