package fr.passerelle.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.passerelle.contracts.events.directory.DirectoryEvents;
import fr.passerelle.contracts.events.directory.SiteClosed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventContractsTest {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void names_follow_the_conventions() {
    record Proof(UUID id) {}
    EventType<Proof> type = EventType.of("proof", "widget-renamed", Proof.class);

    assertThat(type.type()).isEqualTo("fr.passerelle.proof.widget-renamed.v1");
    assertThat(type.topic()).isEqualTo("passerelle.proof.v1");
    assertThat(type.source()).isEqualTo("/passerelle/proof");
    assertThatThrownBy(() -> EventType.of("Proof", "x", Proof.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventType.of("proof", "widget_renamed", Proof.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_committed_schema_matches_its_payload_record() {
    for (EventType<?> type : EventCatalog.ALL) {
      assertThat(EventSchemas.differences(type)).as(type.type()).isEmpty();
    }
  }

  @Test
  void every_schema_file_belongs_to_an_event_type() throws IOException {
    List<String> declared = EventCatalog.ALL.stream().map(EventType::schemaResource).toList();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/events"))) {
      assertThat(files.map(file -> "events/" + file.getFileName()))
          .containsExactlyInAnyOrderElementsOf(declared);
    }
  }

  @Test
  void every_event_is_in_the_catalog() throws IOException {
    String catalog = Files.readString(Path.of("../../docs/events/README.md"));
    for (EventType<?> type : EventCatalog.ALL) {
      assertThat(catalog).as(type.type()).contains("`" + type.type() + "`");
    }
  }

  @Test
  void a_drifted_record_is_caught() {
    record Drifted(UUID siteId, String label, Instant closedAt) {}
    EventType<Drifted> drifted = new EventType<>("directory", "site-closed", 1, Drifted.class);

    assertThat(EventSchemas.differences(drifted))
        .anyMatch(d -> d.contains("$.label"))
        .anyMatch(d -> d.contains("$.schoolId: in the schema but not in the record"))
        .anyMatch(d -> d.startsWith("$: 'required'"));
  }

  @Test
  void a_serialised_payload_validates_against_its_schema() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(DirectoryEvents.SITE_CLOSED.schemaText());
    ObjectNode valid =
        mapper.valueToTree(
            new SiteClosed(UUID.randomUUID(), UUID.randomUUID(), "62", "32", Instant.now()));

    assertThat(schema.validate(valid.toString(), InputFormat.JSON)).isEmpty();
    valid.put("closedAt", 12);
    assertThat(schema.validate(valid.toString(), InputFormat.JSON)).isNotEmpty();
  }
}
