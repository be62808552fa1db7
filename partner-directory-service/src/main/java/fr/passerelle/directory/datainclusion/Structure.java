package fr.passerelle.directory.datainclusion;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import fr.passerelle.directory.site.OpeningHours;
import fr.passerelle.directory.site.SiteApi;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.identifiers.Siret;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data·inclusion v1 structure: one E2C site. All 20 v1 fields, absent when unknown. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "DataInclusionStructure", description = "data·inclusion schema v1 structure")
public record Structure(
    @Schema(maxLength = DataInclusion.SOURCE_MAX_LENGTH) String source,
    @Schema(maxLength = DataInclusion.ID_MAX_LENGTH) String id,
    @Schema(maxLength = DataInclusion.NAME_MAX_LENGTH) String nom,
    LocalDate dateMaj,
    @Schema(maxLength = DataInclusion.TEXT_MAX_LENGTH) String description,
    @Schema(maxLength = DataInclusion.URL_MAX_LENGTH) String lienSource,
    @Schema(maxLength = Siret.MAX_LENGTH) String siret,
    @Schema(maxLength = Commune.NAME_MAX_LENGTH) String commune,
    @Schema(maxLength = SiteApi.STREET_MAX_LENGTH) String adresse,
    @Schema(maxLength = SiteApi.STREET_MAX_LENGTH) String complementAdresse,
    @Schema(maxLength = PostalCode.MAX_LENGTH) String codePostal,
    @Schema(maxLength = InseeCommuneCode.MAX_LENGTH) String codeInsee,
    @Schema(minimum = "-180", maximum = "180") Double longitude,
    @Schema(minimum = "-90", maximum = "90") Double latitude,
    @Schema(maxLength = Bounds.PHONE_MAX_LENGTH) String telephone,
    @Schema(maxLength = Bounds.EMAIL_MAX_LENGTH) String courriel,
    @Schema(maxLength = DataInclusion.URL_MAX_LENGTH) String siteWeb,
    @Schema(maxLength = OpeningHours.MAX_LENGTH) String horairesAccueil,
    @Schema(maxLength = DataInclusion.URL_MAX_LENGTH) String accessibiliteLieu,
    @Schema(maxItems = DataInclusion.MAX_VALUES)
        List<@Size(max = DataInclusion.VALUE_MAX_LENGTH) String> reseauxPorteurs) {}
