package fr.passerelle.prospection.importing;

import static fr.passerelle.platform.testing.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.platform.geo.Commune;
import fr.passerelle.platform.geo.CommuneDirectory;
import fr.passerelle.platform.testing.FictitiousIdentifiers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wall time of a 100,000-row SIRENE-style import, printed as figures (not asserted beyond
 * completion): run with {@code prospection-service/bench/import.sh}. The file has realistic field
 * lengths, communes drawn from the whole reference, and about 1% of bad rows; it is imported by an
 * admin (the whole country), then imported again (every row an update). Also prints how long the
 * outbox relay takes to put the 100,000 employer-registered events on Kafka.
 */
@QuarkusTest
class EmployerImportBenchmark {

  private static final int ROWS = 100_000;

  @Inject CommuneDirectory communes;
  @Inject AgroalDataSource dataSource;

  @Test
  void imports_100000_rows() throws Exception {
    String csv = file();
    System.out.printf(
        "Employer import benchmark: %,d rows, %.1f MB of CSV%n", ROWS, csv.length() / 1e6);

    JsonPath first = timed("first import (creates)", csv);
    assertThat(first.getString("status")).isEqualTo("COMPLETED");
    long relayStart = System.nanoTime();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> pendingEvents() == 0);
    System.out.printf(
        "  outbox relay: all events on Kafka %.1f s after the import completed%n",
        (System.nanoTime() - relayStart) / 1e9);
    JsonPath second = timed("second import (updates)", csv);
    assertThat(second.getString("status")).isEqualTo("COMPLETED");
  }

  private JsonPath timed(String what, String csv) {
    long start = System.nanoTime();
    String location = Imports.started(admin(), csv);
    long accepted = System.nanoTime();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !"RUNNING".equals(admin().get(location).then().extract().path("status")));
    long done = System.nanoTime();
    JsonPath job = admin().get(location).then().extract().jsonPath();
    System.out.printf(
        "  %s: %.1f s from POST to COMPLETED (202 after %.2f s; %,.0f rows/s):"
            + " %d created, %d updated, %d refused%n",
        what,
        (done - start) / 1e9,
        (accepted - start) / 1e9,
        ROWS / ((done - start) / 1e9),
        job.getInt("created"),
        job.getInt("updated"),
        job.getInt("refused"));
    return job;
  }

  private long pendingEvents() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select count(*) from outbox_event where published_at is null")) {
      result.next();
      return result.getLong(1);
    }
  }

  private String file() {
    Random random = new Random(42);
    List<Commune> all = new ArrayList<>(communes.all());
    all.sort(java.util.Comparator.comparing(Commune::inseeCode));
    String[] bands = {"NN", "00", "01", "02", "03", "11", "12", "21", "22", "31"};
    String[] nafs = {"10.71C", "47.11D", "56.10A", "43.21A", "86.21Z", "49.41A", "62.01Z"};
    String[] streets = {"RUE DE LA GARE", "AVENUE JEAN JAURES", "PLACE DE LA MAIRIE", "ZI NORD"};
    StringBuilder csv =
        new StringBuilder(ROWS * 110)
            .append("siret,name,naf_code,headcount_band,street,postal_code,commune_code\n");
    for (int i = 0; i < ROWS; i++) {
      Commune commune = all.get(random.nextInt(all.size()));
      boolean bad = random.nextInt(100) == 0;
      csv.append(bad ? "12345678901234" : FictitiousIdentifiers.siret())
          .append(",ETABLISSEMENT FICTIF ")
          .append(i)
          .append(' ')
          .append(commune.name().replace(",", " ").replace("\"", ""))
          .append(',')
          .append(nafs[random.nextInt(nafs.length)])
          .append(',')
          .append(bands[random.nextInt(bands.length)])
          .append(',')
          .append(1 + random.nextInt(200))
          .append(' ')
          .append(streets[random.nextInt(streets.length)])
          .append(',')
          .append(commune.postalCodes().get(0))
          .append(',')
          .append(commune.inseeCode())
          .append('\n');
    }
    return csv.toString();
  }
}
