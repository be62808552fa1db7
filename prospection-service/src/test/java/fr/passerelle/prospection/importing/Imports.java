package fr.passerelle.prospection.importing;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/** Runs imports as a caller would: posts the file, polls the job to its end. */
final class Imports {

  static final String PATH = "/api/v1/prospection/employer-imports";

  /** SIRENE extracts are UTF-8 (REST Assured would send ISO-8859-1 for text/csv otherwise). */
  static final String CSV = "text/csv; charset=UTF-8";

  static final String HEADER =
      "siret,name,naf_code,headcount_band,street,postal_code,commune_code\n";

  private Imports() {}

  static String row(
      String siret,
      String name,
      String naf,
      String band,
      String street,
      String postalCode,
      String communeCode) {
    return String.join(",", siret, name, naf, band, street, postalCode, communeCode) + "\n";
  }

  /** Posts the file and waits for the import's end; answers the job. */
  static JsonPath runToEnd(Supplier<RequestSpecification> caller, String csv) {
    String location = started(caller.get(), csv);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !"RUNNING".equals(caller.get().get(location).then().extract().path("status")));
    return caller.get().get(location).then().statusCode(200).extract().jsonPath();
  }

  /** Posts the file; answers the job's path. */
  static String started(RequestSpecification caller, String csv) {
    String location =
        caller
            .contentType(CSV)
            .body(csv)
            .post(PATH)
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    return URI.create(location).getPath();
  }
}
