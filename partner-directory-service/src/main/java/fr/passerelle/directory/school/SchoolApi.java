package fr.passerelle.directory.school;

import fr.passerelle.platform.identifiers.Siret;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /api/v1/schools. */
public final class SchoolApi {

  static final int NAME_MAX_LENGTH = 200;

  private SchoolApi() {}

  @Schema(name = "SchoolRequest", description = "An E2C school (legal entity)")
  public record SchoolRequest(
      @NotBlank @Size(max = NAME_MAX_LENGTH) @Schema(example = "E2C Grand Lille") String name,
      @NotNull
          @Siret
          @Schema(
              example = "44306184100047",
              description = "14-digit SIRET",
              maxLength = Siret.MAX_LENGTH)
          String siret,
      @NotNull @Schema(example = "LABELLED") LabelStatus labelStatus,
      @Schema(example = "2024-06-01", description = "When the label was granted (LABELLED only)")
          LocalDate labelDate) {}

  @Schema(name = "School")
  public record SchoolView(
      UUID id,
      @Schema(maxLength = NAME_MAX_LENGTH) String name,
      @Schema(maxLength = Siret.MAX_LENGTH) String siret,
      LabelStatus labelStatus,
      LocalDate labelDate,
      @Schema(minimum = "0", maximum = Bounds.BIGINT_MAX) long version,
      Instant updatedAt) {

    static SchoolView of(School school) {
      return new SchoolView(
          school.id,
          school.name,
          school.siret,
          school.labelStatus,
          school.labelDate,
          school.version,
          school.updatedAt);
    }
  }
}
