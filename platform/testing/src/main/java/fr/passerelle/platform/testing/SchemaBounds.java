package fr.passerelle.platform.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every value a document describes is bounded, in requests and in answers (OWASP API4, unrestricted
 * resource consumption): a string has a {@code maxLength} (or is an {@code enum} or a {@code
 * const}), an integer a {@code minimum} and a {@code maximum}, an array a {@code maxItems}. The
 * bound is the one the service enforces (a request over it is a 400, an answer never exceeds it):
 * {@code @Size}, {@code @Min}/{@code @Max} on a request, {@code @Schema(maxLength = ...)} matching
 * the column on an answer. Part of {@link OpenApiConventions}.
 */
final class SchemaBounds {

  private SchemaBounds() {}

  /** One sentence per unbounded value ({@code "schema Site.name: string without maxLength"}). */
  static List<String> violations(OpenAPI api) {
    List<String> violations = new ArrayList<>();
    if (api.getComponents() != null) {
      each(api.getComponents().getSchemas(), "schema ", violations);
      if (api.getComponents().getParameters() != null) {
        api.getComponents()
            .getParameters()
            .forEach((name, p) -> check("parameter " + name, p.getSchema(), violations));
      }
      if (api.getComponents().getResponses() != null) {
        api.getComponents()
            .getResponses()
            .forEach((name, r) -> response("response " + name, r, violations));
      }
      if (api.getComponents().getHeaders() != null) {
        api.getComponents()
            .getHeaders()
            .forEach((name, h) -> check("header " + name, h.getSchema(), violations));
      }
    }
    if (api.getPaths() == null) {
      return violations;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      parameters(path.getKey(), path.getValue().getParameters(), violations);
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        String where = entry.getKey() + " " + path.getKey();
        Operation operation = entry.getValue();
        parameters(where, operation.getParameters(), violations);
        if (operation.getRequestBody() != null) {
          content(where + " request", operation.getRequestBody().getContent(), violations);
        }
        if (operation.getResponses() != null) {
          operation
              .getResponses()
              .forEach((status, r) -> response(where + " " + status, r, violations));
        }
      }
    }
    return violations;
  }

  private static void each(Map<String, Schema> schemas, String prefix, List<String> violations) {
    if (schemas != null) {
      schemas.forEach((name, schema) -> check(prefix + name, schema, violations));
    }
  }

  private static void parameters(String where, List<Parameter> parameters, List<String> out) {
    if (parameters != null) {
      for (Parameter parameter : parameters) {
        check(where + " parameter " + parameter.getName(), parameter.getSchema(), out);
      }
    }
  }

  private static void response(String where, ApiResponse response, List<String> violations) {
    content(where, response.getContent(), violations);
    if (response.getHeaders() != null) {
      for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
        check(where + " header " + header.getKey(), header.getValue().getSchema(), violations);
      }
    }
  }

  private static void content(String where, Content content, List<String> violations) {
    if (content != null) {
      for (Map.Entry<String, MediaType> media : content.entrySet()) {
        check(where + " " + media.getKey(), media.getValue().getSchema(), violations);
      }
    }
  }

  private static void check(String where, Schema<?> schema, List<String> violations) {
    if (schema == null || schema.get$ref() != null) {
      return; // a reference is checked where it is declared
    }
    Set<String> types = types(schema);
    boolean listed = schema.getEnum() != null && !schema.getEnum().isEmpty();
    boolean constant = schema.getConst() != null;
    if (types.contains("string") && schema.getMaxLength() == null && !listed && !constant) {
      violations.add(where + ": string without maxLength");
    }
    if (types.contains("integer") && !listed && !constant) {
      if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
        violations.add(where + ": integer without minimum");
      }
      if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
        violations.add(where + ": integer without maximum");
      }
    }
    if (types.contains("array") && schema.getMaxItems() == null) {
      violations.add(where + ": array without maxItems");
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, p) -> check(where + "." + name, p, violations));
    }
    check(where + "[]", schema.getItems(), violations);
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      check(where + "{}", values, violations);
    }
    composed(where + " allOf", schema.getAllOf(), violations);
    composed(where + " oneOf", schema.getOneOf(), violations);
    composed(where + " anyOf", schema.getAnyOf(), violations);
  }

  private static void composed(String where, List<Schema> parts, List<String> violations) {
    if (parts != null) {
      for (Schema<?> part : parts) {
        check(where, part, violations);
      }
    }
  }

  /** The schema's types: OpenAPI 3.1 lists them ({@code [string, "null"]}), 3.0 names one. */
  private static Set<String> types(Schema<?> schema) {
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes();
    }
    return schema.getType() == null ? Set.of() : Set.of(schema.getType());
  }
}
