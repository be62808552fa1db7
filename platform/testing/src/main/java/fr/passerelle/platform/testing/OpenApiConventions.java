package fr.passerelle.platform.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conventions every Passerelle service's OpenAPI document meets, checked on the document the
 * running service publishes at {@code /q/openapi} on its management port (where the gateway reads
 * it; the public port answers 404 there):
 *
 * <ul>
 *   <li>it is valid OpenAPI, with a title, a description and at least one security scheme;
 *   <li>every operation has a summary, a description and a tag, and every tag it uses is declared
 *       with a description;
 *   <li>every operation names the roles that may call it: a security requirement on a declared
 *       scheme, listing at least one role, each a realm role;
 *   <li>every operation has an {@code operationId}, unique in the document, and every server a
 *       description and {@code x-internal} ({@link CallerFacingConventions});
 *   <li>every operation documents the problem answers 400, 401, 403 and 500 as {@code
 *       application/problem+json} (RFC 9457), and every error answer (4xx, 5xx) it documents is
 *       one;
 *   <li>every string, integer and array it describes, in requests and answers, is bounded ({@link
 *       SchemaBounds}): a {@code maxLength}, a {@code minimum} and {@code maximum}, a {@code
 *       maxItems}, each the bound the service enforces.
 * </ul>
 *
 * <pre>{@code
 * @TestHTTPResource(value = "/openapi", management = true) // the management port's /q/openapi
 * URL openapi;
 *
 * String document =
 *     given().queryParam("format", "json").get(openapi).then().statusCode(200).extract().asString();
 * assertThat(OpenApiConventions.violations(document)).isEmpty();
 * }</pre>
 */
public final class OpenApiConventions {

  /** The media type of error answers (RFC 9457, docs/problems.md). */
  public static final String PROBLEM_JSON = "application/problem+json";

  /** The problem answers every operation documents, whatever it does. */
  public static final List<String> PROBLEM_STATUSES = List.of("400", "401", "403", "500");

  private OpenApiConventions() {}

  /**
   * What in this document (JSON or YAML text, as {@code /q/openapi} serves it) breaks the
   * conventions, one sentence each, starting with the operation ({@code "GET /api/v1/sites: no
   * summary"}); empty when the document meets them all.
   */
  public static List<String> violations(String document) {
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
    List<String> violations = new ArrayList<>();
    if (parsed.getMessages() != null) {
      parsed.getMessages().forEach(message -> violations.add("invalid OpenAPI: " + message));
    }
    if (parsed.getOpenAPI() == null) {
      violations.add("not an OpenAPI document");
      return violations;
    }
    violations.addAll(violations(parsed.getOpenAPI()));
    return violations;
  }

  /** The same, on a document already parsed. */
  public static List<String> violations(OpenAPI api) {
    List<String> violations = new ArrayList<>();
    if (api.getInfo() == null || isBlank(api.getInfo().getTitle())) {
      violations.add("info: no title");
    }
    if (api.getInfo() == null || isBlank(api.getInfo().getDescription())) {
      violations.add("info: no description");
    }
    Map<String, SecurityScheme> schemes =
        api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : api.getComponents().getSecuritySchemes();
    if (schemes.isEmpty()) {
      violations.add("components: no security scheme");
    }
    Set<String> describedTags = new TreeSet<>();
    if (api.getTags() != null) {
      for (Tag tag : api.getTags()) {
        if (!isBlank(tag.getDescription())) {
          describedTags.add(tag.getName());
        }
      }
    }
    violations.addAll(SchemaBounds.violations(api));
    violations.addAll(CallerFacingConventions.violations(api));
    if (api.getPaths() == null || api.getPaths().isEmpty()) {
      violations.add("paths: no operation");
      return violations;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        check(
            entry.getKey() + " " + path.getKey(),
            entry.getValue(),
            schemes.keySet(),
            describedTags,
            sharedResponses(api),
            violations);
      }
    }
    return violations;
  }

  private static void check(
      String where,
      Operation operation,
      Set<String> schemes,
      Set<String> describedTags,
      Map<String, ApiResponse> sharedResponses,
      List<String> violations) {
    if (isBlank(operation.getSummary())) {
      violations.add(where + ": no summary");
    }
    if (isBlank(operation.getDescription())) {
      violations.add(where + ": no description");
    }
    if (operation.getTags() == null || operation.getTags().isEmpty()) {
      violations.add(where + ": no tag");
    } else {
      for (String tag : operation.getTags()) {
        if (!describedTags.contains(tag)) {
          violations.add(where + ": tag '" + tag + "' not declared with a description");
        }
      }
    }
    checkRoles(where, operation, schemes, violations);
    checkProblems(where, operation, sharedResponses, violations);
  }

  private static void checkRoles(
      String where, Operation operation, Set<String> schemes, List<String> violations) {
    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
      violations.add(where + ": no security requirement");
      return;
    }
    for (SecurityRequirement requirement : operation.getSecurity()) {
      if (requirement.isEmpty()) {
        violations.add(where + ": an empty security requirement (anonymous access)");
      }
      for (Map.Entry<String, List<String>> scheme : requirement.entrySet()) {
        if (!schemes.contains(scheme.getKey())) {
          violations.add(where + ": security scheme '" + scheme.getKey() + "' not declared");
        }
        if (scheme.getValue() == null || scheme.getValue().isEmpty()) {
          violations.add(where + ": no role named for security scheme '" + scheme.getKey() + "'");
        }
      }
    }
  }

  private static void checkProblems(
      String where,
      Operation operation,
      Map<String, ApiResponse> sharedResponses,
      List<String> violations) {
    Map<String, ApiResponse> responses =
        operation.getResponses() == null ? Map.of() : operation.getResponses();
    for (String status : PROBLEM_STATUSES) {
      if (!responses.containsKey(status)) {
        violations.add(where + ": no problem+json " + status);
      }
    }
    for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
      String status = response.getKey();
      if ((status.startsWith("4") || status.startsWith("5"))
          && !isProblem(resolve(response.getValue(), sharedResponses))) {
        violations.add(where + ": no problem+json " + status);
      }
    }
  }

  /** The responses declared once under {@code components.responses}, that operations refer to. */
  private static Map<String, ApiResponse> sharedResponses(OpenAPI api) {
    return api.getComponents() == null || api.getComponents().getResponses() == null
        ? Map.of()
        : api.getComponents().getResponses();
  }

  private static ApiResponse resolve(ApiResponse response, Map<String, ApiResponse> shared) {
    if (response == null || response.get$ref() == null) {
      return response;
    }
    String ref = response.get$ref();
    return shared.get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static boolean isProblem(ApiResponse response) {
    Content content = response == null ? null : response.getContent();
    return content != null && content.get(PROBLEM_JSON) != null;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
