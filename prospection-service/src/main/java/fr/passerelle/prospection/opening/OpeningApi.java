package fr.passerelle.prospection.opening;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.NoNir;
import fr.passerelle.platform.identifiers.RomeCode;
import fr.passerelle.platform.web.etag.Versioned;
import fr.passerelle.platform.web.openapi.Bounds;
import fr.passerelle.prospection.territory.KnownSite;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of openings. */
public final class OpeningApi {

  private OpeningApi() {}

  static final int TITLE_MAX_LENGTH = 200;
  static final int MAX_POSITIONS = 999;
  static final int MAX_NEAREST_SITES = 20;

  /** A site's name, as the directory accepts it. */
  static final int SITE_NAME_MAX_LENGTH = 200;

  /** Farther than any two points of France, overseas included. */
  static final int MAX_DISTANCE_KM = 20000;

  @NoNir
  @Schema(name = "OpeningRequest", description = "An opening published from a contact")
  public record OpeningRequest(
      @Nullable
          @Schema(
              description = "The contact it came out of: a contact of this employer",
              example = "5b0f9a2e-3c1d-4e8a-9b7f-2d6c4a1e8f30")
          UUID contactId,
      @NotNull @Schema(example = "COMPANY_IMMERSION") OpeningKind kind,
      @NotNull
          @RomeCode
          @Schema(
              description = "ROME code of the trade",
              example = "D1102",
              maxLength = RomeCode.MAX_LENGTH)
          String romeCode,
      @NotBlank
          @Size(max = TITLE_MAX_LENGTH)
          @Schema(
              description =
                  "What the opening is, in a few words: no young person's name or contact",
              example = "Immersion en boulangerie (2 semaines)")
          String title,
      @NotNull
          @InseeCommuneCode
          @Schema(
              description = "INSEE code of the commune where it takes place (caller's territory)",
              example = "59350",
              maxLength = InseeCommuneCode.MAX_LENGTH)
          String communeCode,
      @NotNull
          @Min(1)
          @Max(MAX_POSITIONS)
          @Schema(description = "Number of positions", example = "2")
          Integer positions,
      @Nullable @Schema(example = "2026-09-01") LocalDate startsOn,
      @Nullable
          @Schema(
              description = "Last day; the opening expires by itself the day after",
              example = "2026-09-30")
          LocalDate endsOn) {}

  @Schema(
      name = "Opening",
      description =
          "An opening and where it stands. A partner system reads open openings only, without"
              + " employerId, contactId nor publishedBy: the employer is approached through the"
              + " networks, never directly.")
  public record OpeningView(
      UUID id,
      @Nullable @Schema(description = "Absent for a partner") UUID employerId,
      @Nullable @Schema(description = "Absent for a partner, or when published without one")
          UUID contactId,
      @Schema(description = "The network that published it", example = "E2C", maxLength = 8)
          String network,
      @Nullable
          @Schema(
              description = "The officer's work identity; absent for a partner",
              maxLength = Bounds.ACTOR_MAX_LENGTH)
          String publishedBy,
      OpeningKind kind,
      @Schema(example = "D1102", maxLength = RomeCode.MAX_LENGTH) String romeCode,
      @Schema(maxLength = TITLE_MAX_LENGTH) String title,
      @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(example = "59", maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH)
          String departmentCode,
      @Schema(minimum = "-90", maximum = "90") double latitude,
      @Schema(minimum = "-180", maximum = "180") double longitude,
      @Schema(minimum = "1", maximum = "" + MAX_POSITIONS) int positions,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate endsOn,
      OpeningStatus status,
      Instant createdAt,
      Instant updatedAt) {

    /** The whole opening, for officers and admins. */
    static OpeningView of(Opening o) {
      return new OpeningView(
          o.id,
          o.employerId,
          o.contactId,
          o.network,
          o.publishedBy,
          o.kind,
          o.romeCode,
          o.title,
          o.communeCode,
          o.departmentCode,
          o.latitude,
          o.longitude,
          o.positions,
          o.startsOn,
          o.endsOn,
          o.status,
          o.createdAt,
          o.updatedAt);
    }

    /** What a partner system reads: nothing that leads to the employer or the officer. */
    static OpeningView forPartner(Opening o) {
      return new OpeningView(
          o.id,
          null,
          null,
          o.network,
          null,
          o.kind,
          o.romeCode,
          o.title,
          o.communeCode,
          o.departmentCode,
          o.latitude,
          o.longitude,
          o.positions,
          o.startsOn,
          o.endsOn,
          o.status,
          o.createdAt,
          o.updatedAt);
    }

    /** The view once the change is flushed, with the version it shows. */
    static Versioned<OpeningView> versioned(Opening o) {
      Opening.getEntityManager().flush();
      return new Versioned<>(of(o), o.version);
    }
  }

  @Schema(name = "NearestSites", description = "The active E2C sites nearest to an opening")
  public record NearestSites(
      UUID openingId,
      @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(description = "Nearest first", maxItems = MAX_NEAREST_SITES)
          List<SiteDistance> sites) {}

  @Schema(name = "SiteDistance", description = "An E2C site and its distance")
  public record SiteDistance(
      UUID siteId,
      @Schema(example = "E2C Lille Fives", maxLength = SITE_NAME_MAX_LENGTH) String name,
      @Schema(example = "59350", maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(example = "59", maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH)
          String departmentCode,
      @Schema(
              description = "Great-circle distance, in km (0.1 km)",
              example = "3.4",
              minimum = "0",
              maximum = "" + MAX_DISTANCE_KM)
          double distanceKm) {

    static SiteDistance of(KnownSite site, double distanceKm) {
      return new SiteDistance(
          site.siteId, site.name, site.communeCode, site.departmentCode, round(distanceKm));
    }
  }

  @Schema(name = "NearbyOpening", description = "An open opening and its distance from a site")
  public record NearbyOpening(
      @Schema(
              description = "Great-circle distance from the site, in km (0.1 km)",
              example = "7.2",
              minimum = "0",
              maximum = "" + MAX_DISTANCE_KM)
          double distanceKm,
      OpeningView opening) {}

  static double round(double km) {
    return Math.round(km * 10) / 10.0;
  }
}
