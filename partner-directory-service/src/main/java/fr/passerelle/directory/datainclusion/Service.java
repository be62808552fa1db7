package fr.passerelle.directory.datainclusion;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data·inclusion v1 service: an E2C path or a site's information sessions. All 33 fields. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "DataInclusionService", description = "data·inclusion schema v1 service")
public record Service(
    String source,
    String structureId,
    String id,
    String nom,
    String description,
    String lienSource,
    LocalDate dateMaj,
    String type,
    List<String> thematiques,
    String frais,
    String fraisPrecisions,
    List<String> publics,
    String publicsPrecisions,
    String conditionsAcces,
    String commune,
    String codePostal,
    String codeInsee,
    String adresse,
    String complementAdresse,
    Double longitude,
    Double latitude,
    String telephone,
    String courriel,
    List<String> modesAccueil,
    List<String> zoneEligibilite,
    String contactNomPrenom,
    String lienMobilisation,
    List<String> modesMobilisation,
    List<String> mobilisablePar,
    String mobilisationPrecisions,
    Double volumeHoraireHebdomadaire,
    Integer nombreSemaines,
    String horairesAccueil) {}
