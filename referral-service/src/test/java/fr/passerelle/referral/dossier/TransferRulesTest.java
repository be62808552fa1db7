package fr.passerelle.referral.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transfers to another E2C site, on the {@link Referral} entity without a server. That the new site
 * differs from the current one and is active is checked by the path service against the local copy
 * of the directory (a database), so {@code PathTest} covers it over HTTP.
 */
class TransferRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");
  private static final UUID NEW_SITE = UUID.fromString("7c1e2f3a-0b4d-4c5e-8f9a-0b1c2d3e4f50");

  @ParameterizedTest(name = "a referral {0} transferred is SUBMITTED to the new site")
  @EnumSource(
      value = Status.class,
      names = {"SUBMITTED", "UNDER_REVIEW", "EXCUSED", "NO_SHOW"})
  void before_admission_the_new_site_reviews_the_referral_afresh(Status status) {
    Referral referral = PathRulesTest.referralIn(status);

    referral.transferTo(NEW_SITE, NOW);

    assertThat(referral.status).isEqualTo(Status.SUBMITTED);
    assertThat(referral.siteId).isEqualTo(NEW_SITE);
    assertThat(referral.sessionId).as("the old site's session").isNull();
    assertThat(referral.lastActionAt).isEqualTo(NOW);
    assertThat(referral.remindedAt).isNull();
  }

  @Test
  void a_path_in_progress_goes_on_at_the_new_site() {
    Referral referral = PathRulesTest.referralIn(Status.IN_PATH);

    referral.transferTo(NEW_SITE, NOW);

    assertThat(referral.status).isEqualTo(Status.IN_PATH);
    assertThat(referral.siteId).isEqualTo(NEW_SITE);
    assertThat(referral.sessionId).isNull();
    assertThat(referral.closedAt).isNull();
  }

  @ParameterizedTest(name = "a referral {0} cannot be transferred and stays at its site")
  @EnumSource(
      value = Status.class,
      names = {"INVITED", "ATTENDED", "ADMITTED", "DECLINED", "WITHDRAWN", "EXITED", "EXPIRED"})
  void an_invited_attended_admitted_or_closed_referral_stays_where_it_is(Status status) {
    Referral referral = PathRulesTest.referralIn(status);
    UUID site = referral.siteId;
    UUID session = referral.sessionId;

    assertThatThrownBy(() -> referral.transferTo(NEW_SITE, NOW))
        .isInstanceOf(InvalidTransitionException.class);

    assertThat(referral.status).isEqualTo(status);
    assertThat(referral.siteId).isEqualTo(site);
    assertThat(referral.sessionId).isEqualTo(session);
  }
}
