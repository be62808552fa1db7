package fr.passerelle.platform.web.openapi;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.platform.web.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, on every operation of a service, the problem+json answers the platform gives (RFC
 * 9457, docs/problems.md), so that no operation is published without its error responses.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    ensureProblemSchema(openAPI);
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        document(entry.getKey(), entry.getValue(), path.getKey().contains("{"));
      }
    }
  }

  private static void document(PathItem.HttpMethod method, Operation operation, boolean byId) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    Map<String, ProblemType> problems = new LinkedHashMap<>();
    problems.put("400", ProblemType.VALIDATION);
    problems.put("401", ProblemType.UNAUTHENTICATED);
    problems.put("403", ProblemType.FORBIDDEN);
    if (byId || method != PathItem.HttpMethod.GET) {
      problems.put("404", ProblemType.NOT_FOUND);
    }
    if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
      problems.put("409", ProblemType.CONFLICT);
      problems.put("415", ProblemType.UNSUPPORTED_MEDIA_TYPE);
      problems.put("422", ProblemType.RULE_VIOLATED);
    }
    if (method == PathItem.HttpMethod.PUT && byId) {
      problems.put("412", ProblemType.STALE_VERSION);
      problems.put("428", ProblemType.PRECONDITION_REQUIRED);
    }
    problems.put("500", ProblemType.INTERNAL);
    if (method != PathItem.HttpMethod.GET) {
      // A write the database ended because it collided with another one (ProblemMappers).
      problems.put("503", ProblemType.UNAVAILABLE);
    }
    for (Map.Entry<String, ProblemType> problem : problems.entrySet()) {
      APIResponse existing = responses.getAPIResponse(problem.getKey());
      if (existing == null || existing.getContent() == null) {
        // Replaces the bodiless entries the framework generates for 400, 401 and 403.
        responses.addAPIResponse(
            problem.getKey(),
            OASFactory.createAPIResponse()
                .description(problem.getValue().title() + " (" + problem.getValue().uri() + ")")
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
      }
    }
  }

  private static void ensureProblemSchema(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
      return;
    }
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    components.addSchema(
        "Problem",
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description("RFC 9457 problem detail; see docs/problems.md")
            .addProperty("type", string)
            .addProperty("title", string)
            .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
            .addProperty("detail", string)
            .addProperty("instance", string)
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.ARRAY)
                    .items(
                        OASFactory.createSchema()
                            .addType(Schema.SchemaType.OBJECT)
                            .addProperty("field", string)
                            .addProperty("message", string)))
            .required(List.of("type", "title", "status")));
  }
}
