package fr.passerelle.referral.submission;

import static fr.passerelle.platform.testing.Callers.peSystem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fr.passerelle.referral.support.Sites;
import fr.passerelle.referral.support.Submissions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExternalRefTest {

  @Test
  void an_epoch_millisecond_external_ref_is_accepted() {
    Map<String, Object> body = Submissions.eligible(Sites.active());
    // Unique per client: a fixed epoch-ms value whose commune and order groups are 000.
    body.put("externalRef", "1732950000000");
    peSystem(UUID.randomUUID().toString())
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(201)
        .body("externalRef", equalTo("1732950000000"));
  }

  @Test
  void an_external_ref_with_the_structure_of_a_nir_is_refused_naming_the_field_and_the_rule() {
    Map<String, Object> body = Submissions.eligible(Sites.active());
    body.put("externalRef", "1785123456789");
    peSystem()
        .body(body)
        .post("/api/v1/referrals")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("externalRef"))
        .body("errors[0].message", startsWith("looks like a French social security number (NIR)"))
        .body("errors[0].message", containsString("letters joined"))
        .body("errors[0].message", not(containsString("1785123456789")));

    body.put("externalRef", "TS1785123456789");
    peSystem().body(body).post("/api/v1/referrals").then().statusCode(201);
  }
}
