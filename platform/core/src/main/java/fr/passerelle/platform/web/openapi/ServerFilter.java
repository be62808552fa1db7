package fr.passerelle.platform.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Names the server of a service's document: the service itself, internal ({@code x-internal:
 * true}), at {@code passerelle.openapi.server-url} (platform-core's default: its own host and port;
 * {@code OPENAPI_SERVER_URL} gives the one of a deployment). Callers never use it: they call the
 * gateway, which serves the same paths and publishes its own server in the merged document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServerFilter implements OASFilter {

  static final String URL_KEY = "passerelle.openapi.server-url";
  static final String DESCRIPTION =
      "This service's own address (local by default; OPENAPI_SERVER_URL gives the one of a"
          + " staging or production deployment). Internal: only the gateway calls it; partners"
          + " call the gateway, which serves the same paths.";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    String url = ConfigProvider.getConfig().getValue(URL_KEY, String.class);
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url(url)
                .description(DESCRIPTION)
                .addExtension("x-internal", true)));
  }
}
