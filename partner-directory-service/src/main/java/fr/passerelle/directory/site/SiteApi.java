package fr.passerelle.directory.site;

import fr.passerelle.platform.geo.Location;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /api/v1/sites, and their mapping to the entity. */
public final class SiteApi {

  /** E.164: a plus, a country code, up to 15 digits in all. */
  public static final String E164 = "^\\+[1-9]\\d{7,14}$";

  public static final String SECTOR = "^[a-z0-9]+(-[a-z0-9]+)*$";

  public static final int CODE_MAX_LENGTH = 64;
  public static final int NAME_MAX_LENGTH = 200;
  public static final int STREET_MAX_LENGTH = 300;
  public static final int ACCESSIBILITY_MAX_LENGTH = 500;
  public static final int MAX_SECTORS = 20;
  public static final int SECTOR_MAX_LENGTH = 50;
  public static final int MAX_YEARLY_CAPACITY = 10000;

  private SiteApi() {}

  @Schema(name = "SiteRequest", description = "A site of an E2C school")
  public record SiteRequest(
      @NotNull @Schema(description = "The school running the site") UUID schoolId,
      @NotBlank
          @Size(max = CODE_MAX_LENGTH)
          @Pattern(regexp = "^[A-Za-z0-9._-]+$")
          @Schema(
              example = "e2c-lille-fives",
              description = "The network's own identifier of the site, unique; key of imports")
          String code,
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "E2C Grand Lille — site de Fives")
          String name,
      @NotBlank @Size(max = STREET_MAX_LENGTH) @Schema(example = "12 rue Pierre Legrand")
          String street,
      @NotNull
          @InseeCommuneCode
          @Schema(
              example = "59350",
              description = "INSEE commune code",
              maxLength = InseeCommuneCode.MAX_LENGTH)
          String communeCode,
      @NotNull @PostalCode @Schema(example = "59000", maxLength = PostalCode.MAX_LENGTH)
          String postalCode,
      @DecimalMin("-90")
          @DecimalMax("90")
          @Schema(description = "Taken from the commune when absent", example = "50.6306")
          Double latitude,
      @DecimalMin("-180") @DecimalMax("180") @Schema(example = "3.0889") Double longitude,
      @Pattern(regexp = E164, message = "must be an E.164 phone number, e.g. +33320123456")
          @Schema(example = "+33320123456", maxLength = Bounds.PHONE_MAX_LENGTH)
          String phone,
      @Email @Size(max = Bounds.EMAIL_MAX_LENGTH) @Schema(example = "contact@e2c-lille.example")
          String email,
      @OpeningHours
          @Schema(
              example = "Mo-Fr 08:30-12:30,13:30-17:00; PH off",
              maxLength = OpeningHours.MAX_LENGTH)
          String openingHours,
      @Size(max = ACCESSIBILITY_MAX_LENGTH)
          @Schema(example = "Step-free access, lift, adapted toilets")
          String accessibility,
      @Min(0)
          @Max(MAX_YEARLY_CAPACITY)
          @Schema(example = "180", description = "Young people per year")
          Integer yearlyCapacity,
      @Size(max = MAX_SECTORS)
          @Schema(
              description = "Training sectors (lower-case codes)",
              example = "[\"logistique\", \"commerce\"]")
          List<@NotBlank @Size(max = SECTOR_MAX_LENGTH) @Pattern(regexp = SECTOR) String> sectors,
      @NotNull @Schema(example = "ACTIVE") SiteStatus status) {

    void applyTo(Site site, Location location, Instant now) {
      site.schoolId = schoolId;
      site.code = code;
      site.name = name;
      site.street = street;
      site.locate(location);
      site.phone = phone;
      site.email = email;
      site.openingHours = openingHours;
      site.accessibility = accessibility;
      site.yearlyCapacity = yearlyCapacity;
      site.sectors = sectors == null ? List.of() : List.copyOf(sectors);
      site.status = status;
      site.updatedAt = now;
    }
  }

  @Schema(name = "Site")
  public record SiteView(
      UUID id,
      UUID schoolId,
      @Schema(maxLength = CODE_MAX_LENGTH) String code,
      @Schema(maxLength = NAME_MAX_LENGTH) String name,
      @Schema(maxLength = STREET_MAX_LENGTH) String street,
      @Schema(maxLength = InseeCommuneCode.MAX_LENGTH) String communeCode,
      @Schema(maxLength = PostalCode.MAX_LENGTH) String postalCode,
      @Schema(example = "59", maxLength = Location.DEPARTMENT_CODE_MAX_LENGTH)
          String departmentCode,
      @Schema(example = "32", maxLength = Location.REGION_CODE_MAX_LENGTH) String regionCode,
      @Schema(minimum = "-90", maximum = "90") double latitude,
      @Schema(minimum = "-180", maximum = "180") double longitude,
      @Schema(maxLength = Bounds.PHONE_MAX_LENGTH) String phone,
      @Schema(maxLength = Bounds.EMAIL_MAX_LENGTH) String email,
      @Schema(maxLength = OpeningHours.MAX_LENGTH) String openingHours,
      @Schema(maxLength = ACCESSIBILITY_MAX_LENGTH) String accessibility,
      @Schema(minimum = "0", maximum = "" + MAX_YEARLY_CAPACITY) Integer yearlyCapacity,
      @Schema(maxItems = MAX_SECTORS) List<@Size(max = SECTOR_MAX_LENGTH) String> sectors,
      SiteStatus status,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version,
      Instant updatedAt) {

    public static SiteView of(Site site) {
      return new SiteView(
          site.id,
          site.schoolId,
          site.code,
          site.name,
          site.street,
          site.communeCode,
          site.postalCode,
          site.departmentCode,
          site.regionCode,
          site.latitude,
          site.longitude,
          site.phone,
          site.email,
          site.openingHours,
          site.accessibility,
          site.yearlyCapacity,
          List.copyOf(site.sectors),
          site.status,
          site.version,
          site.updatedAt);
    }
  }
}
