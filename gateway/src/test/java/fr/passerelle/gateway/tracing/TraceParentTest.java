package fr.passerelle.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTest {

  @Test
  void a_valid_traceparent_is_continued_with_a_new_parent_id() {
    TraceParent trace =
        TraceParent.continueOrStart("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
    assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(trace.parentId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
    assertThat(trace.flags()).isEqualTo("00");
  }

  @Test
  void an_invalid_or_all_zero_traceparent_starts_a_new_trace() {
    for (String incoming :
        new String[] {
          null,
          "garbage",
          "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
          "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
          "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"
        }) {
      TraceParent trace = TraceParent.continueOrStart(incoming);
      assertThat(trace.header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
      assertThat(trace.traceId()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }
  }
}
