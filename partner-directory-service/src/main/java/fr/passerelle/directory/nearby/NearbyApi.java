package fr.passerelle.directory.nearby;

import fr.passerelle.directory.session.SessionApi;
import fr.passerelle.directory.site.SiteApi.SiteView;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response of /api/v1/sites/nearby. */
public final class NearbyApi {

  private NearbyApi() {}

  @Schema(name = "NearbySites")
  public record NearbySites(
      @Schema(description = "The point searched from") Origin origin,
      @Schema(description = "Active sites, nearest first", maxItems = NearbyQuery.MAX_LIMIT)
          List<NearbySite> sites) {}

  @Schema(name = "Origin")
  public record Origin(
      @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(example = "Lille", maxLength = Commune.NAME_MAX_LENGTH) String communeName,
      @Schema(minimum = "-90", maximum = "90") double latitude,
      @Schema(minimum = "-180", maximum = "180") double longitude) {}

  @Schema(name = "NearbySite")
  public record NearbySite(
      @Schema(
              description = "Great-circle distance from the origin",
              example = "3.4",
              minimum = "0",
              maximum = "" + NearbyQuery.MAX_RADIUS_KM)
          double distanceKm,
      SiteView site,
      @Schema(description = "Its next scheduled session with free seats, if any")
          NextSession nextSessionWithFreeSeats) {}

  @Schema(name = "NextSession")
  public record NextSession(
      UUID sessionId,
      Instant startsAt,
      @Schema(minimum = "1", maximum = "" + SessionApi.MAX_CAPACITY) int seatsLeft) {}
}
