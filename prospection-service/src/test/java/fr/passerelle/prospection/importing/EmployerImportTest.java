package fr.passerelle.prospection.importing;

import static fr.passerelle.platform.testing.Callers.admin;
import static fr.passerelle.platform.testing.Callers.advisor;
import static fr.passerelle.platform.testing.Callers.companyAdvisorOf;
import static fr.passerelle.platform.testing.Callers.companyOfficerOf;
import static fr.passerelle.platform.testing.Callers.e2cStaff;
import static fr.passerelle.platform.testing.Callers.partner;
import static fr.passerelle.platform.testing.Callers.withRole;
import static fr.passerelle.prospection.importing.Imports.HEADER;
import static fr.passerelle.prospection.importing.Imports.PATH;
import static fr.passerelle.prospection.importing.Imports.row;
import static fr.passerelle.prospection.importing.Imports.runToEnd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.prospection.ProspectionEvents;
import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.testing.FictitiousIdentifiers;
import fr.passerelle.platform.testing.JsonSchemas;
import fr.passerelle.platform.testing.KafkaTopics;
import fr.passerelle.prospection.employer.Employer;
import fr.passerelle.prospection.support.Employers;
import fr.passerelle.prospection.support.Territories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk import of employers from a SIRENE-style CSV extract: created, updated or refused row by row
 * with the reasons, within the importer's territory; a fault of the file imports nothing.
 */
@QuarkusTest
class EmployerImportTest {

  static final String TOURS = "37261";
  static final String ORLEANS = "45234";
  static final String BLOIS = "41018";

  private final ObjectMapper mapper = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private String tours;
  private String orleans;

  @BeforeEach
  void territories() {
    tours = Territories.agencyIn("37", "24");
    orleans = Territories.agencyIn("45", "24");
  }

  private UUID registered(String agency, String siret, String name, String commune, String cp) {
    Map<String, Object> body = Employers.body(name, commune);
    body.put("siret", siret);
    body.put("postalCode", cp);
    return Employers.registered(companyAdvisorOf(agency), body);
  }

  private static Employer employer(String siret) {
    return QuarkusTransaction.requiringNew().call(() -> Employer.bySiret(siret));
  }

  @Test
  void creates_updates_and_refuses_rows_with_their_reasons() throws Exception {
    String known = FictitiousIdentifiers.siret();
    UUID knownId = registered(tours, known, "Ancien Nom Fictif", TOURS, "37000");
    String elsewhere = FictitiousIdentifiers.siret();
    UUID elsewhereId = registered(orleans, elsewhere, "Tonnellerie Fictive", ORLEANS, "45000");
    String fresh = FictitiousIdentifiers.siret();
    String badBand = FictitiousIdentifiers.siret();
    String badPostal = FictitiousIdentifiers.siret();
    String nir = FictitiousIdentifiers.siret();
    String outside = FictitiousIdentifiers.siret();
    String unknownCommune = FictitiousIdentifiers.siret();
    String csv =
        HEADER
            + row(
                fresh,
                "Épicerie Fictive de Tours",
                "4711D",
                "02",
                "3 place Plumereau",
                "37000",
                TOURS)
            + row(known, "Nouveau Nom Fictif", "47.11d", "12", "", "37100", TOURS)
            + row("12345678901234", "Siret Faux", "4711D", "02", "", "37000", TOURS)
            + row(unknownCommune, "Commune Inconnue", "4711D", "02", "", "37000", "37999")
            + row(outside, "Hors Territoire", "4711D", "02", "", "45000", ORLEANS)
            + row(elsewhere, "Tonnellerie Renommée", "4711D", "02", "", "37000", TOURS)
            + row(fresh, "Épicerie Fictive Bis", "4711D", "02", "", "37000", TOURS)
            + row(badBand, "Tranche Fausse", "4711D", "99", "", "37000", TOURS)
            + row(badPostal, "Code Postal Faux", "4711D", "02", "", "45000", TOURS)
            + row(nir, "Salarié 1 85 05 78 006 084 36", "4711D", "02", "", "37000", TOURS);

    JsonPath job = runToEnd(() -> companyAdvisorOf(tours), csv);

    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getString("network")).isEqualTo("PE");
    assertThat(job.getInt("totalRows")).isEqualTo(10);
    assertThat(job.getInt("processed")).isEqualTo(10);
    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getInt("updated")).isEqualTo(1);
    assertThat(job.getInt("refused")).isEqualTo(8);

    String report = PATH + "/" + job.getString("id") + "/rows";
    JsonPath all = companyAdvisorOf(tours).get(report).then().statusCode(200).extract().jsonPath();
    assertThat(all.getList("items.row", Integer.class))
        .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(all.getList("items.outcome", String.class).subList(0, 2))
        .containsExactly("CREATED", "UPDATED");
    assertThat(all.getString("items[1].employerId")).isEqualTo(knownId.toString());
    JsonPath refused =
        companyAdvisorOf(tours)
            .queryParam("outcome", "REFUSED")
            .get(report)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(refused.getList("items.row", Integer.class))
        .containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
    Map<Integer, String> reasons = new java.util.HashMap<>();
    for (int i = 0; i < 8; i++) {
      reasons.put(
          refused.getInt("items[" + i + "].row"),
          String.join(" | ", refused.getList("items[" + i + "].reasons", String.class)));
    }
    assertThat(reasons.get(4)).startsWith("siret: ");
    assertThat(reasons.get(5))
        .isEqualTo("commune_code: no current French commune has this INSEE code");
    assertThat(reasons.get(6))
        .isEqualTo("commune_code: in department 45, outside the caller's territory");
    assertThat(reasons.get(7))
        .isEqualTo("siret: registered already in department 45, outside the caller's territory");
    assertThat(reasons.get(8)).isEqualTo("siret: already on line 2 of this file");
    assertThat(reasons.get(9)).startsWith("headcount_band: ");
    assertThat(reasons.get(10))
        .isEqualTo("postal_code: this postal code does not serve this commune");
    assertThat(reasons.get(11)).startsWith("name: ").contains("NIR").doesNotContain("006 084");

    UUID created = UUID.fromString(all.getString("items[0].employerId"));
    companyAdvisorOf(tours)
        .get("/api/v1/prospection/employers/" + created)
        .then()
        .statusCode(200)
        .body("siret", equalTo(fresh))
        .body("name", equalTo("Épicerie Fictive de Tours"))
        .body("nafCode", equalTo("47.11D"))
        .body("headcountBand", equalTo("02"))
        .body("departmentCode", equalTo("37"))
        .body("registeredNetwork", equalTo("PE"));
    companyAdvisorOf(tours)
        .queryParam("q", "epicerie fictive de tours")
        .get("/api/v1/prospection/employers")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.hasItem(created.toString()));
    companyAdvisorOf(tours)
        .get("/api/v1/prospection/employers/" + knownId)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("name", equalTo("Nouveau Nom Fictif"))
        .body("nafCode", equalTo("47.11D"))
        .body("headcountBand", equalTo("12"))
        .body("postalCode", equalTo("37100"))
        .body("street", equalTo("1 rue de l'Exemple"));

    assertThat(employer(elsewhere).name).isEqualTo("Tonnellerie Fictive");
    assertThat(employer(elsewhere).id).isEqualTo(elsewhereId);
    for (String siret : List.of(badBand, badPostal, nir, outside, unknownCommune)) {
      assertThat(employer(siret)).as(siret).isNull();
    }

    ConsumerRecord<String, byte[]> event =
        KafkaTopics.awaitEvent(
            bootstrapServers,
            ProspectionEvents.TOPIC,
            created,
            ProspectionEvents.EMPLOYER_REGISTERED.type());
    assertThat(
            JsonSchemas.violations(
                ProspectionEvents.EMPLOYER_REGISTERED.schemaText(), event.value()))
        .isEmpty();
    JsonNode payload = mapper.readTree(event.value());
    assertThat(payload.get("siren").asText()).isEqualTo(fresh.substring(0, 9));
    assertThat(payload.get("network").asText()).isEqualTo("PE");
    assertThat(payload.get("departmentCode").asText()).isEqualTo("37");
    assertThat(
            KafkaTopics.events(
                bootstrapServers,
                ProspectionEvents.TOPIC,
                knownId,
                ProspectionEvents.EMPLOYER_REGISTERED.type()))
        .as("an update registers nothing")
        .hasSize(1);
  }

  @Test
  void an_officer_imports_a_sirene_extract_with_its_own_column_names() {
    UUID site = Territories.siteIn(BLOIS, "41", "24", 47.58, 1.31);
    String open = FictitiousIdentifiers.siret();
    String closed = FictitiousIdentifiers.siret();
    String csv =
        "\uFEFFsiret;denominationUniteLegale;enseigne1Etablissement;activitePrincipaleEtablissement;"
            + "trancheEffectifsEtablissement;numeroVoieEtablissement;indiceRepetitionEtablissement;"
            + "typeVoieEtablissement;libelleVoieEtablissement;codePostalEtablissement;"
            + "codeCommuneEtablissement;etatAdministratifEtablissement\n"
            + open
            + ";SOCIETE FICTIVE SA;CHOCOLATERIE FICTIVE;10.82Z;NN;12;B;RUE;DU COMMERCE;41000;"
            + BLOIS
            + ";A\n"
            + closed
            + ";SOCIETE FERMEE FICTIVE;;10.82Z;01;;;;;41000;"
            + BLOIS
            + ";F\n";

    JsonPath job = runToEnd(() -> companyOfficerOf(site), csv);

    assertThat(job.getString("status")).isEqualTo("COMPLETED");
    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getInt("refused")).isEqualTo(1);
    Employer imported = employer(open);
    assertThat(imported.name).isEqualTo("CHOCOLATERIE FICTIVE");
    assertThat(imported.street).isEqualTo("12B RUE DU COMMERCE");
    assertThat(imported.nafCode).isEqualTo("10.82Z");
    assertThat(imported.headcountBand.code()).isEqualTo("NN");
    assertThat(imported.registeredNetwork).isEqualTo("E2C");
    assertThat(employer(closed)).isNull();
    assertThat(
            companyOfficerOf(site)
                .queryParam("outcome", "REFUSED")
                .get(PATH + "/" + job.getString("id") + "/rows")
                .then()
                .extract()
                .jsonPath()
                .getList("items[0].reasons", String.class))
        .containsExactly("etatAdministratifEtablissement: the establishment is closed (F)");
  }

  @Test
  void a_file_that_breaks_off_or_lacks_a_column_imports_nothing() {
    JsonPath missing = runToEnd(() -> companyAdvisorOf(tours), "siret,name\n1,2\n");
    assertThat(missing.getString("status")).isEqualTo("FAILED");
    assertThat(missing.getString("failure"))
        .contains("missing column")
        .contains("postal_code")
        .contains("commune_code");

    String first = FictitiousIdentifiers.siret();
    String csv =
        HEADER
            + row(first, "Jamais Importé", "4711D", "02", "", "37000", TOURS)
            + "\"unterminated,quote,37000\n";
    JsonPath broken = runToEnd(() -> companyAdvisorOf(tours), csv);
    assertThat(broken.getString("status")).isEqualTo("FAILED");
    assertThat(broken.getString("failure")).contains("breaks off");
    assertThat(broken.getInt("created")).isZero();
    assertThat(employer(first)).isNull();
  }

  @Test
  void company_advisors_officers_and_admins_import_and_only_they_read_their_import() {
    String csv =
        HEADER
            + row(FictitiousIdentifiers.siret(), "Rôle Refusé", "4711D", "02", "", "37000", TOURS);
    for (var caller :
        List.of(
            advisor(),
            partner(),
            e2cStaff(UUID.randomUUID()),
            withRole(Roles.STEERING),
            withRole(Roles.DIRECTORY_ADMIN))) {
      caller.contentType(Imports.CSV).body(csv).post(PATH).then().statusCode(403);
    }

    String anywhere = FictitiousIdentifiers.siret();
    JsonPath job =
        runToEnd(
            () -> admin(),
            HEADER + row(anywhere, "Importé par un Admin", "4711D", "02", "", "45000", ORLEANS));
    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getString("network")).isEqualTo("ADMIN");
    assertThat(employer(anywhere).registeredNetwork).isEqualTo("ADMIN");
    String path = PATH + "/" + job.getString("id");
    companyAdvisorOf(orleans).get(path).then().statusCode(404);
    companyAdvisorOf(orleans).get(path + "/rows").then().statusCode(404);
    advisor().get(path).then().statusCode(403);
    admin().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);

    String mine = Imports.started(companyAdvisorOf(tours), csv);
    companyAdvisorOf(tours).get(mine).then().statusCode(200);
    companyAdvisorOf(orleans).get(mine).then().statusCode(404);
    admin().get(mine).then().statusCode(200);
  }

  @Test
  void the_same_idempotency_key_answers_the_same_import() {
    String key = "import-" + UUID.randomUUID();
    String csv =
        HEADER
            + row(
                FictitiousIdentifiers.siret(), "Une Seule Fois", "4711D", "02", "", "37000", TOURS);
    String first =
        companyAdvisorOf(tours)
            .header("Idempotency-Key", key)
            .contentType(Imports.CSV)
            .body(csv)
            .post(PATH)
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    companyAdvisorOf(tours)
        .header("Idempotency-Key", key)
        .contentType(Imports.CSV)
        .body(csv)
        .post(PATH)
        .then()
        .statusCode(202)
        .header("Idempotent-Replayed", "true")
        .header("Location", first);
  }

  @Test
  void an_import_whose_service_stopped_is_reported_failed_not_running_forever() {
    Instant now = Instant.now();
    UUID alive = runningSince(now.minus(Duration.ofSeconds(10)));
    UUID dead = runningSince(now.minus(Duration.ofMinutes(6)));

    admin().get(PATH + "/" + alive).then().statusCode(200).body("status", equalTo("RUNNING"));
    admin()
        .get(PATH + "/" + dead)
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("failure", containsString("interrupted"));
  }

  /** A job as a service that died left it: running, its last chunk committed at this time. */
  private static UUID runningSince(Instant heartbeat) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              EmployerImport job =
                  EmployerImport.start("admin-of-a-dead-replica", "ADMIN", heartbeat);
              job.persist();
              return job.id;
            });
  }
}
