package fr.passerelle.platform.web.openapi;

import fr.passerelle.contracts.http.Headers;
import fr.passerelle.platform.web.etag.EntityTags;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every {@code If-Match} header parameter the length {@link EntityTags} accepts, so that a
 * resource declares it as a plain {@code @HeaderParam} and its document still bounds it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IfMatchParameterFilter implements OASFilter {

  @Override
  public Parameter filterParameter(Parameter parameter) {
    if (parameter.getIn() == Parameter.In.HEADER
        && Headers.IF_MATCH.equalsIgnoreCase(parameter.getName())
        && parameter.getSchema() != null
        && parameter.getSchema().getMaxLength() == null) {
      parameter.getSchema().setMaxLength(EntityTags.IF_MATCH_MAX_LENGTH);
    }
    return parameter;
  }
}
