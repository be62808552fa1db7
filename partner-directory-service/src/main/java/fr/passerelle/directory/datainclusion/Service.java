package fr.passerelle.directory.datainclusion;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import fr.passerelle.directory.site.OpeningHours;
import fr.passerelle.directory.site.SiteApi;
import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.identifiers.InseeCommuneCode;
import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.web.openapi.Bounds;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A data·inclusion v1 service: an E2C path or a site's information sessions. All 33 fields, absent
 * when unknown.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "DataInclusionService", description = "data·inclusion schema v1 service")
public record Service(
    @Schema(maxLength = DataInclusion.SOURCE_MAX_LENGTH) String source,
    @Schema(maxLength = DataInclusion.ID_MAX_LENGTH) String structureId,
    @Schema(maxLength = DataInclusion.ID_MAX_LENGTH) String id,
    @Schema(maxLength = DataInclusion.NAME_MAX_LENGTH) String nom,
    @Schema(maxLength = DataInclusion.TEXT_MAX_LENGTH) String description,
    @Schema(maxLength = DataInclusion.URL_MAX_LENGTH) String lienSource,
    LocalDate dateMaj,
    @Schema(maxLength = DataInclusion.VALUE_MAX_LENGTH) String type,
    @Schema(maxItems = DataInclusion.MAX_VALUES)
        List<@Size(max = DataInclusion.VALUE_MAX_LENGTH) String> thematiques,
    @Schema(maxLength = DataInclusion.VALUE_MAX_LENGTH) String frais,
    @Schema(maxLength = DataInclusion.TEXT_MAX_LENGTH) String fraisPrecisions,
    @Schema(maxItems = DataInclusion.MAX_VALUES)
        List<@Size(max = DataInclusion.VALUE_MAX_LENGTH) String> publics,
    @Schema(maxLength = DataInclusion.TEXT_MAX_LENGTH) String publicsPrecisions,
    @Schema(maxLength = DataInclusion.TEXT_MAX_LENGTH) String conditionsAcces,
    @Schema(maxLength = Commune.NAME_MAX_LENGTH) String commune,
    @Schema(maxLength = PostalCode.MAX_LENGTH) String codePostal,
    @Schema(maxLength = InseeCommuneCode.MAX_LENGTH) String codeInsee,
    @Schema(maxLength = SiteApi.STREET_MAX_LENGTH) String adresse,
    @Schema(maxLength = SiteApi.STREET_MAX_LENGTH) String complementAdresse,
    @Schema(minimum = "-180", maximum = "180") Double longitude,
    @Schema(minimum = "-90", maximum = "90") Double latitude,
    @Schema(maxLength = Bounds.PHONE_MAX_LENGTH) String telephone,
    @Schema(maxLength = Bounds.EMAIL_MAX_LENGTH) String courriel,
    @Schema(maxItems = DataInclusion.MAX_VALUES)
        List<@Size(max = DataInclusion.VALUE_MAX_LENGTH) String> modesAccueil,
    @Schema(maxItems = DataInclusion.MAX_VALUES)
        List<@Size(max = DataInclusion.VALUE_MAX_LENGTH) String> zoneEligibilite,
    @Schema(maxLength = DataInclusion.NAME_MAX_LENGTH) String contactNomPrenom,
    @Schema(maxLength = DataInclusion.URL_MAX_LENGTH) String lienMobilisation,
    @Schema(maxItems = DataInclusion.MAX_VALUES)
        List<@Size(max = DataInclusion.VALUE_MAX_LENGTH) String> modesMobilisation,
    @Schema(maxItems = DataInclusion.MAX_VALUES)
        List<@Size(max = DataInclusion.VALUE_MAX_LENGTH) String> mobilisablePar,
    @Schema(maxLength = DataInclusion.TEXT_MAX_LENGTH) String mobilisationPrecisions,
    @Schema(minimum = "0", maximum = "168") Double volumeHoraireHebdomadaire,
    @Schema(minimum = "1", maximum = "520") Integer nombreSemaines,
    @Schema(maxLength = OpeningHours.MAX_LENGTH) String horairesAccueil) {}
