package fr.passerelle.platform.web.openapi;

import fr.passerelle.contracts.http.Headers;
import fr.passerelle.platform.web.idempotency.Idempotent;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares the {@code Idempotency-Key} header once, as the component parameter that every {@link
 * Idempotent} operation names with {@code @Parameter(ref = Idempotent.OPENAPI_PARAMETER)}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyParameterFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addParameter(
        Idempotent.OPENAPI_PARAMETER,
        OASFactory.createParameter()
            .name(Headers.IDEMPOTENCY_KEY)
            .in(Parameter.In.HEADER)
            .required(false)
            .description(
                "Makes a retry safe: the same key with the same body answers the first response"
                    + " (with Idempotent-Replayed: true) and changes nothing more; the same key"
                    + " with another body is 422, while the first is still running 409. Keys are"
                    + " the caller's own and kept one day.")
            .example("3f1e2b7c-retry-000123")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .minLength(1)
                    .maxLength(255)
                    .pattern("^[\\x21-\\x7E]+$")));
  }
}
