package fr.passerelle.directory.nearby;

import fr.passerelle.directory.site.SiteApi.SiteView;
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
      @Schema(description = "Active sites, nearest first") List<NearbySite> sites) {}

  @Schema(name = "Origin")
  public record Origin(
      @Schema(example = "59350") String communeCode,
      @Schema(example = "Lille") String communeName,
      double latitude,
      double longitude) {}

  @Schema(name = "NearbySite")
  public record NearbySite(
      @Schema(description = "Great-circle distance from the origin", example = "3.4")
          double distanceKm,
      SiteView site,
      @Schema(description = "Its next scheduled session with free seats, if any")
          NextSession nextSessionWithFreeSeats) {}

  @Schema(name = "NextSession")
  public record NextSession(UUID sessionId, Instant startsAt, int seatsLeft) {}
}
