package fr.passerelle.platform.testapp;

import fr.passerelle.contracts.events.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of the proof application's only event. */
public record WidgetRenamed(
    UUID widgetId,
    String name,
    int sequence,
    Instant renamedAt,
    Kind kind,
    int failures,
    List<String> tags,
    @Nullable String note) {

  public enum Kind {
    PLAIN,
    POISON
  }

  public static WidgetRenamed plain(UUID widgetId, String name, int sequence) {
    return new WidgetRenamed(
        widgetId, name, sequence, Instant.now(), Kind.PLAIN, 0, List.of(), null);
  }
}
