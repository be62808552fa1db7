package fr.passerelle.reporting.indicator;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv} (or {@code json}) chooses the representation as the {@code Accept} header
 * would: a link in a page or a spreadsheet's web query can ask for CSV.
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String format = request.getUriInfo().getQueryParameters().getFirst("format");
    if ("csv".equals(format)) {
      request
          .getHeaders()
          .putSingle(HttpHeaders.ACCEPT, CsvTable.MEDIA_TYPE + ", application/problem+json");
    } else if ("json".equals(format)) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, "application/json");
    }
  }
}
