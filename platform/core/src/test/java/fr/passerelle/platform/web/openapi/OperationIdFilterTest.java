package fr.passerelle.platform.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationIdFilterTest {

  @Test
  void a_resource_method_becomes_its_noun_then_its_verb() {
    assertThat(OperationIdFilter.readable("SiteResource_list")).isEqualTo("siteList");
    assertThat(OperationIdFilter.readable("PathResource_admit")).isEqualTo("pathAdmit");
    assertThat(OperationIdFilter.readable("OrientationResource_orient"))
        .isEqualTo("orientationOrient");
  }

  @Test
  void words_the_class_and_the_method_share_are_said_once() {
    assertThat(OperationIdFilter.readable("ImportResource_importCsv")).isEqualTo("importCsv");
    assertThat(OperationIdFilter.readable("EmployerImportResource_importCsv"))
        .isEqualTo("employerImportCsv");
    assertThat(OperationIdFilter.readable("ReservationResource_reservations"))
        .isEqualTo("reservations");
    assertThat(OperationIdFilter.readable("AgendaResource_agenda")).isEqualTo("agenda");
    assertThat(OperationIdFilter.readable("NearbySitesResource_nearby")).isEqualTo("nearbySites");
  }

  @Test
  void an_id_a_resource_names_itself_is_kept() {
    assertThat(OperationIdFilter.readable("submitReferral")).isEqualTo("submitReferral");
  }
}
