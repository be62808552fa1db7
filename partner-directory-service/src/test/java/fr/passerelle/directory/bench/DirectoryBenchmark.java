package fr.passerelle.directory.bench;

import static fr.passerelle.directory.support.Callers.admin;
import static org.awaitility.Awaitility.await;

import fr.passerelle.directory.geo.Commune;
import fr.passerelle.directory.geo.CommuneDirectory;
import fr.passerelle.directory.support.Fixtures;
import fr.passerelle.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Figures, not assertions: run with {@code partner-directory-service/bench/run}. Nearest-sites
 * queries over HTTP with wrk (random communes, real tokens), paced at about 200 requests/s and then
 * unpaced; and the wall time of a 10,000-row CSV import with a few hundred bad rows.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryBenchmark {

  private static final int SITES = 130;
  private static final Random RANDOM = new Random(42);

  @Inject CommuneDirectory communes;

  @TestHTTPResource("/")
  URL base;

  @Test
  @Order(1)
  void nearest_sites_over_http() throws Exception {
    List<Commune> all = new ArrayList<>(communes.all());
    for (int i = 0; i < SITES; i++) {
      Commune commune = all.get(RANDOM.nextInt(all.size()));
      UUID site = Fixtures.site(commune.inseeCode(), commune.postalCodes().get(0));
      if (i % 3 == 0) {
        Fixtures.session(site, 12, 5 + RANDOM.nextInt(40));
      }
    }
    Path script = luaScript(all);
    System.out.println();
    System.out.println(
        "Nearest sites over HTTP: "
            + SITES
            + " active sites, random origin communes, radius 50 km");
    wrk(null, script, 8, "0"); // warm-up: JIT and connection pools, not reported
    wrk("paced: 4 connections, each pausing 20 ms between requests", script, 4, "20");
    wrk("unpaced: 8 connections (maximum throughput)", script, 8, "0");
  }

  @Test
  @Order(2)
  void import_of_ten_thousand_csv_rows() {
    StringBuilder csv = new StringBuilder(ImportCsv.HEADER);
    List<Commune> all = new ArrayList<>(communes.all());
    String siret = Fixtures.freshSiret();
    int bad = 0;
    for (int i = 1; i <= 10_000; i++) {
      Commune commune = all.get(RANDOM.nextInt(all.size()));
      boolean broken = i % 33 == 0;
      bad += broken ? 1 : 0;
      csv.append(
          ImportCsv.row(
              "bench-" + UUID.randomUUID(),
              siret,
              commune.inseeCode(),
              broken ? "00000" : commune.postalCodes().get(0)));
    }
    long start = System.nanoTime();
    String location =
        admin()
            .contentType("text/csv")
            .body(csv.toString())
            .post("/api/v1/imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    String path = java.net.URI.create(location).getPath();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !"RUNNING".equals(admin().get(path).then().extract().path("status")));
    double seconds = (System.nanoTime() - start) / 1e9;
    var job = admin().get(path).then().extract().jsonPath();
    System.out.println();
    System.out.printf(
        "CSV import of 10,000 rows (%d bad): %s in %.1f s — created %d, updated %d, rejected %d%n",
        bad,
        job.getString("status"),
        seconds,
        job.getInt("created"),
        job.getInt("updated"),
        job.getInt("rejected"));
  }

  private void wrk(String label, Path script, int connections, String delayMs)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d15s",
                "--timeout",
                "5s",
                "-s",
                script.toString(),
                base.toString())
            .redirectErrorStream(true);
    builder.environment().put("BENCH_DELAY_MS", delayMs);
    Process process = builder.start();
    process.getOutputStream().close();
    process.waitFor();
    String output = new String(process.getInputStream().readAllBytes());
    String figures =
        output.lines().filter(l -> l.startsWith("BENCH")).findFirst().orElse("BENCH " + output);
    if (label != null) {
      System.out.println("  " + label + ": " + figures.substring(6));
    }
  }

  private Path luaScript(List<Commune> all) throws IOException {
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      codes.append('"').append(all.get(RANDOM.nextInt(all.size())).inseeCode()).append("\",");
    }
    String token = TestTokens.user("bench-advisor").roles("pe-advisor").issue();
    String lua =
        """
        local codes = {%s}
        local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
        request = function()
          local code = codes[math.random(#codes)]
          return wrk.format("GET", "/api/v1/sites/nearby?communeCode=" .. code .. "&radiusKm=50",
            {["Authorization"] = "Bearer %s"})
        end
        delay = function() return pause end
        done = function(summary, latency, requests)
          io.write(string.format("BENCH %%.0f requests/s, p50 %%.2f ms, p99 %%.2f ms, errors %%d, non-2xx %%d\\n",
            summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
            latency:percentile(99) / 1000,
            summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
            summary.errors.status))
        end
        """
            .formatted(codes, token);
    Path script = Files.createTempFile("nearby", ".lua");
    Files.writeString(script, lua);
    return script;
  }

  /** The CSV layout of the import, as the network exports it. */
  static final class ImportCsv {
    static final String HEADER =
        "site_code,school_siret,school_name,site_name,street,commune_code,postal_code,latitude,"
            + "longitude,phone,email,opening_hours,accessibility,yearly_capacity,sectors,status\n";

    static String row(String code, String siret, String commune, String postalCode) {
      return code
          + ","
          + siret
          + ",Bench school,Bench site "
          + code
          + ",1 rue du Test,"
          + commune
          + ","
          + postalCode
          + ",,,+33140000000,,Mo-Fr 09:00-17:00,,100,logistique,ACTIVE\n";
    }
  }
}
