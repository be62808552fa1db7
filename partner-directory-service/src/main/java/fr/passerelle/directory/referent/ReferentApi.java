package fr.passerelle.directory.referent;

import fr.passerelle.directory.site.SiteApi;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /api/v1/referents. */
public final class ReferentApi {

  static final int NAME_MAX_LENGTH = 100;

  private ReferentApi() {}

  @Schema(
      name = "ReferentRequest",
      description =
          "A contact of a site (siteId) or of an agency (agencyId): exactly one of the two")
  public record ReferentRequest(
      UUID siteId,
      UUID agencyId,
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "Camille") String firstName,
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "Martin") String lastName,
      @NotNull @Schema(example = "PEDAGOGICAL_REFERENT") ReferentFunction function,
      @NotBlank
          @Email
          @Size(max = Bounds.EMAIL_MAX_LENGTH)
          @Schema(example = "camille.martin@e2c-lille.example")
          String email,
      @Pattern(regexp = SiteApi.E164, message = "must be an E.164 phone number, e.g. +33320123456")
          @Schema(example = "+33320123457", maxLength = Bounds.PHONE_MAX_LENGTH)
          String phone,
      @Schema(
              example = "true",
              defaultValue = "true",
              description =
                  "false removes the referent from the active contacts (published as"
                      + " referent-removed)")
          Boolean active) {

    void applyTo(Referent referent, Instant now) {
      referent.siteId = siteId;
      referent.agencyId = agencyId;
      referent.firstName = firstName;
      referent.lastName = lastName;
      referent.function = function;
      referent.email = email;
      referent.phone = phone;
      referent.active = active == null || active;
      referent.updatedAt = now;
    }
  }

  @Schema(name = "Referent")
  public record ReferentView(
      UUID id,
      @Schema(description = "The site, for a site's referent (absent for an agency's)") UUID siteId,
      @Schema(description = "The agency, for an agency's referent (absent for a site's)")
          UUID agencyId,
      @Schema(maxLength = NAME_MAX_LENGTH) String firstName,
      @Schema(maxLength = NAME_MAX_LENGTH) String lastName,
      ReferentFunction function,
      @Schema(maxLength = Bounds.EMAIL_MAX_LENGTH) String email,
      @Schema(maxLength = Bounds.PHONE_MAX_LENGTH, description = "Absent when not given")
          String phone,
      boolean active,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version,
      Instant updatedAt) {

    static ReferentView of(Referent referent) {
      return new ReferentView(
          referent.id,
          referent.siteId,
          referent.agencyId,
          referent.firstName,
          referent.lastName,
          referent.function,
          referent.email,
          referent.phone,
          referent.active,
          referent.version,
          referent.updatedAt);
    }
  }
}
