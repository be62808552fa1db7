package fr.passerelle.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.passerelle.platform.testapp.ProofEvents;
import fr.passerelle.platform.testapp.WidgetRenamed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventContractsTest {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void names_follow_the_conventions() {
    EventType<WidgetRenamed> type = ProofEvents.WIDGET_RENAMED;
    assertThat(type.type()).isEqualTo("fr.passerelle.proof.widget-renamed.v1");
    assertThat(type.topic()).isEqualTo("passerelle.proof.v1");
    assertThat(type.source()).isEqualTo("/passerelle/proof");
    assertThatThrownBy(() -> EventType.of("Proof", "x", WidgetRenamed.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventType.of("proof", "widget_renamed", WidgetRenamed.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_committed_schema_matches_the_payload_record() {
    assertThat(EventSchemas.differences(ProofEvents.WIDGET_RENAMED)).isEmpty();
  }

  @Test
  void a_drifted_record_is_caught() {
    record Drifted(UUID widgetId, String label, long sequence) {}
    EventType<Drifted> drifted = new EventType<>("proof", "widget-renamed", 1, Drifted.class);

    assertThat(EventSchemas.differences(drifted))
        .anyMatch(d -> d.contains("$.label"))
        .anyMatch(d -> d.contains("$.name: in the schema but not in the record"))
        .anyMatch(d -> d.startsWith("$: 'required'"));
  }

  @Test
  void a_serialised_payload_validates_against_its_schema() throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(EventSchemas.committed(ProofEvents.WIDGET_RENAMED).toString());
    JsonNode valid =
        mapper.valueToTree(
            new WidgetRenamed(
                UUID.randomUUID(),
                "blue",
                1,
                java.time.Instant.now(),
                WidgetRenamed.Kind.PLAIN,
                0,
                List.of("a"),
                null));
    ((com.fasterxml.jackson.databind.node.ObjectNode) valid).remove("note");

    assertThat(schema.validate(valid.toString(), InputFormat.JSON)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) valid).put("sequence", "one");
    assertThat(schema.validate(valid.toString(), InputFormat.JSON)).isNotEmpty();
  }
}
