package fr.passerelle.referral.site;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * The fields this service reads from the directory's {@code site-created}, {@code site-updated} and
 * {@code site-closed} events (schemas in the directory's {@code src/main/resources/events}); other
 * fields are ignored, so the directory may add some.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectorySiteEvent(
    UUID siteId,
    UUID schoolId,
    String name,
    String communeCode,
    String departmentCode,
    String regionCode,
    String status) {

  static final String TOPIC = "passerelle.directory.v1";
  static final String CREATED = "fr.passerelle.directory.site-created.v1";
  static final String UPDATED = "fr.passerelle.directory.site-updated.v1";
  static final String CLOSED = "fr.passerelle.directory.site-closed.v1";
}
