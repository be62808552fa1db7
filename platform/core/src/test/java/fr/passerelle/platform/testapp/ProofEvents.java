package fr.passerelle.platform.testapp;

import fr.passerelle.contracts.events.EventType;
import java.util.UUID;

/** The proof application's event catalog. */
public final class ProofEvents {

  public static final EventType<WidgetRenamed> WIDGET_RENAMED =
      EventType.of("proof", "widget-renamed", WidgetRenamed.class);

  private ProofEvents() {}

  /** The same contract on a topic of its own, so that a test sees only its own events. */
  public static EventType<WidgetRenamed> onFreshTopic() {
    String service = "proof-" + UUID.randomUUID().toString().substring(0, 8);
    return EventType.of(service, "widget-renamed", WidgetRenamed.class);
  }
}
