package fr.passerelle.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks real answers against the schemas of the OpenAPI document the service serves (on its
 * management port, {@code /q/openapi}): what a partner's generated client would be given to parse.
 * A field the schema types as a string that comes back {@code null}, an array longer than its
 * {@code maxItems}, a string longer than its {@code maxLength}: each is a violation.
 *
 * <p>A service's conformance test calls every {@code GET} of its document through {@link #get},
 * with real data, and ends with {@link #unexercised()} empty, so that an operation added later is
 * checked too:
 *
 * <pre>{@code
 * @TestHTTPResource(value = "/openapi", management = true)
 * URL openapi;
 *
 * ResponseConformance conformance = ResponseConformance.of(openapi);
 * String id = conformance.get(advisor(), "/api/v1/sites").path("items[0].id");
 * conformance.get(advisor(), "/api/v1/sites/{id}", id);
 * assertThat(conformance.unexercised()).isEmpty();
 * }</pre>
 */
public final class ResponseConformance {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final JsonNode schemas;
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
  private final Set<String> exercised = new TreeSet<>();

  private ResponseConformance(JsonNode document) {
    this.document = document;
    JsonNode components = document.path("components").path("schemas");
    this.schemas = components.isMissingNode() ? JSON.createObjectNode() : components;
  }

  /** The document the service serves at this URL (its management port's {@code /q/openapi}). */
  public static ResponseConformance of(URL openapi) {
    return of(
        given()
            .queryParam("format", "json")
            .get(openapi)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  /** A document given as JSON text. */
  public static ResponseConformance of(String documentJson) {
    try {
      return new ResponseConformance(JSON.readTree(documentJson));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON OpenAPI document", e);
    }
  }

  /**
   * Makes {@code GET template} (its path parameters filled in order) as this caller, expects a 2xx
   * answer, and fails unless the body conforms to the schema the document gives for that status and
   * media type. Returns the answer, to read what the next call needs.
   */
  public Response get(RequestSpecification caller, String template, Object... pathParams) {
    Response response = caller.get(template, pathParams);
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new AssertionError(
          "GET " + template + " answered " + status + ": " + response.body().asString());
    }
    List<String> violations =
        violations("GET", template, status, response.contentType(), response.body().asString());
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "GET "
              + template
              + " answered what its schema does not allow:\n  "
              + String.join("\n  ", violations));
    }
    return response;
  }

  /**
   * What in this answer breaks the document: an operation or a status it does not declare, or a
   * body its schema does not allow; empty when the answer conforms. Marks the operation exercised.
   */
  public List<String> violations(
      String method, String template, int status, String contentType, String body) {
    String operation = method.toUpperCase() + " " + template;
    JsonNode declared = document.path("paths").path(template).path(method.toLowerCase());
    if (declared.isMissingNode()) {
      return List.of(operation + ": not in the document");
    }
    exercised.add(operation);
    JsonNode response = response(declared.path("responses"), status);
    if (response.isMissingNode()) {
      return List.of(operation + ": status " + status + " not documented");
    }
    if (body == null || body.isEmpty()) {
      return List.of();
    }
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    JsonNode content = response.path("content").path(mediaType);
    if (content.isMissingNode()) {
      return List.of(operation + ": " + status + " " + mediaType + " not documented");
    }
    JsonNode schema = content.path("schema");
    if (schema.isMissingNode() || !mediaType.contains("json")) {
      return List.of();
    }
    return registry.getSchema(withDefinitions(schema)).validate(body, InputFormat.JSON).stream()
        .map(Error::toString)
        .map(error -> operation + " " + status + ": " + error)
        .toList();
  }

  /** Every {@code GET} operation of the document ({@code "GET /api/v1/sites/{id}"}). */
  public Set<String> getOperations() {
    Set<String> operations = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (path.getValue().has("get")) {
        operations.add("GET " + path.getKey());
      }
    }
    return operations;
  }

  /** The {@code GET} operations of the document that no call has checked yet. */
  public List<String> unexercised() {
    List<String> left = new ArrayList<>(getOperations());
    left.removeAll(exercised);
    return left;
  }

  private static JsonNode response(JsonNode responses, int status) {
    String exact = String.valueOf(status);
    if (responses.has(exact)) {
      return responses.get(exact);
    }
    String range = exact.charAt(0) + "XX";
    return responses.has(range) ? responses.get(range) : responses.path("default");
  }

  /**
   * The operation's schema as a schema document of its own: the document's component schemas become
   * its {@code $defs}, where its references then point.
   */
  private String withDefinitions(JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.set("$defs", schemas);
    root.setAll((ObjectNode) schema.deepCopy());
    try {
      return JSON.writeValueAsString(root).replace("\"#/components/schemas/", "\"#/$defs/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
