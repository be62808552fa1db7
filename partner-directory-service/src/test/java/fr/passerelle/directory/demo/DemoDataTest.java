package fr.passerelle.directory.demo;

import static fr.passerelle.directory.support.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demonstration dataset of the local stack (deploy/demo-data/DEMO-directory.json) is accepted
 * whole by the public API, in the order the local stack loads it.
 */
@QuarkusTest
class DemoDataTest {

  @Test
  void every_demo_record_is_accepted_by_the_api() throws Exception {
    JsonNode demo =
        new ObjectMapper().readTree(Path.of("../deploy/demo-data/DEMO-directory.json").toFile());
    assertThat(demo.get("_comment").asText()).startsWith("DEMONSTRATION DATA");
    Map<String, String> ids = new HashMap<>();

    for (JsonNode school : demo.get("schools")) {
      ids.put(school.get("siret").asText(), post("/api/v1/schools", school));
    }
    for (JsonNode site : demo.get("sites")) {
      ObjectNode body = site.deepCopy();
      body.put("schoolId", ids.get(site.get("schoolSiret").asText()));
      body.remove("schoolSiret");
      ids.put(site.get("code").asText(), post("/api/v1/sites", body));
    }
    for (JsonNode agency : demo.get("agencies")) {
      ids.put(agency.get("safir").asText(), post("/api/v1/agencies", agency));
    }
    for (JsonNode referent : demo.get("referents")) {
      ObjectNode body = referent.deepCopy();
      body.remove("key");
      body.remove("siteCode");
      body.remove("agencySafir");
      if (referent.has("siteCode")) {
        body.put("siteId", ids.get(referent.get("siteCode").asText()));
      } else {
        body.put("agencyId", ids.get(referent.get("agencySafir").asText()));
      }
      ids.put(referent.get("key").asText(), post("/api/v1/referents", body));
    }
    for (JsonNode pairing : demo.get("pairings")) {
      ObjectNode body = new ObjectMapper().createObjectNode();
      body.put("agencyId", ids.get(pairing.get("agencySafir").asText()));
      body.put("siteId", ids.get(pairing.get("siteCode").asText()));
      body.put("since", pairing.get("since").asText());
      body.put("agencyReferentId", ids.get(pairing.get("agencyReferent").asText()));
      body.put("siteReferentId", ids.get(pairing.get("siteReferent").asText()));
      post("/api/v1/pairings", body);
    }
    for (JsonNode session : demo.get("sessions")) {
      ZonedDateTime start =
          ZonedDateTime.of(
              LocalDate.now().plusDays(session.get("inDays").asInt()),
              LocalTime.parse(session.get("startTime").asText()),
              ZoneId.of("Europe/Paris"));
      ObjectNode body = new ObjectMapper().createObjectNode();
      body.put("siteId", ids.get(session.get("siteCode").asText()));
      body.put("venue", session.get("venue").asText());
      if (session.has("agencySafir")) {
        body.put("agencyId", ids.get(session.get("agencySafir").asText()));
      }
      body.put("format", session.get("format").asText());
      body.put("startsAt", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      body.put(
          "endsAt",
          start
              .plusHours(session.get("hours").asInt())
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      body.put("capacity", session.get("capacity").asInt());
      post("/api/v1/sessions", body);
    }

    assertThat(ids).hasSizeGreaterThan(150);
  }

  private static String post(String path, JsonNode body) {
    return admin()
        .body(body.toString())
        .post(path)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
