package fr.passerelle.platform.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * 409: the resource to create exists already under its natural key (a SIRET, a code). The answer
 * names it, in {@code existingId} and in the {@code Location} header, so the caller reads or
 * updates it instead of creating a duplicate.
 */
public class ExistingResourceException extends ConflictException {

  private final URI location;

  public ExistingResourceException(String detail, UUID existingId, URI location) {
    super(detail, Map.of("existingId", existingId));
    this.location = location;
  }

  @Override
  public Map<String, Object> headers() {
    return Map.of(HttpHeaders.LOCATION, location);
  }
}
