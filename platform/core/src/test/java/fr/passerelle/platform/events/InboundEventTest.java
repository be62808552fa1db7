package fr.passerelle.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SiteClosed;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class InboundEventTest {

  /** Strict on purpose: the payload must not depend on how the service set its mapper up. */
  private final ObjectMapper strict =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void a_payload_with_fields_the_consumer_does_not_know_is_read_as_its_contract() {
    UUID site = UUID.randomUUID();
    String data =
        "{\"siteId\":\"%s\",\"schoolId\":\"%s\",\"departmentCode\":\"62\",\"regionCode\":\"32\","
                .formatted(site, UUID.randomUUID())
            + "\"closedAt\":\"2026-11-30T10:00:00Z\",\"reason\":\"added in a later release\"}";

    SiteClosed closed =
        InboundEvent.from(record(DirectoryEvents.SITE_CLOSED.type(), data))
            .payload(DirectoryEvents.SITE_CLOSED, strict);

    assertThat(closed.siteId()).isEqualTo(site);
    assertThat(closed.regionCode()).isEqualTo("32");
  }

  @Test
  void a_payload_asked_for_as_another_type_is_refused() {
    InboundEvent event = InboundEvent.from(record(DirectoryEvents.SITE_CLOSED.type(), "{}"));

    assertThatThrownBy(() -> event.payload(DirectoryEvents.SITE_CREATED, strict))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_record_without_cloud_event_headers_is_malformed() {
    ConsumerRecord<String, byte[]> bare =
        new ConsumerRecord<>("passerelle.directory.v1", 0, 0, "key", "{}".getBytes(UTF_8));

    assertThatThrownBy(() -> InboundEvent.from(bare)).isInstanceOf(MalformedEventException.class);
  }

  private static ConsumerRecord<String, byte[]> record(String type, String data) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_specversion", "1.0".getBytes(UTF_8));
    headers.add("ce_id", UUID.randomUUID().toString().getBytes(UTF_8));
    headers.add("ce_type", type.getBytes(UTF_8));
    headers.add("ce_source", "/passerelle/directory".getBytes(UTF_8));
    headers.add("ce_time", "2026-11-30T10:00:00Z".getBytes(UTF_8));
    return new ConsumerRecord<>(
        DirectoryEvents.TOPIC,
        0,
        0,
        0L,
        TimestampType.CREATE_TIME,
        0,
        0,
        "key",
        data.getBytes(UTF_8),
        headers,
        java.util.Optional.empty());
  }
}
