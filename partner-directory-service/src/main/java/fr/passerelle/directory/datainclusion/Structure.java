package fr.passerelle.directory.datainclusion;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data·inclusion v1 structure: one E2C site. All 20 v1 fields, null when unknown. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "DataInclusionStructure", description = "data·inclusion schema v1 structure")
public record Structure(
    String source,
    String id,
    String nom,
    LocalDate dateMaj,
    String description,
    String lienSource,
    String siret,
    String commune,
    String adresse,
    String complementAdresse,
    String codePostal,
    String codeInsee,
    Double longitude,
    Double latitude,
    String telephone,
    String courriel,
    String siteWeb,
    String horairesAccueil,
    String accessibiliteLieu,
    List<String> reseauxPorteurs) {}
