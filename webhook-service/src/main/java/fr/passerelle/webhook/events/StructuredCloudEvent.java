package fr.passerelle.webhook.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.passerelle.platform.events.InboundEvent;
import fr.passerelle.platform.events.MalformedEventException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The body of a webhook: the CloudEvent in structured mode ({@code application/cloudevents+json}),
 * with the id, type, source, subject, time and data it has on Kafka.
 */
public final class StructuredCloudEvent {

  public static final String MEDIA_TYPE = "application/cloudevents+json";

  private StructuredCloudEvent() {}

  public static String of(InboundEvent event, ObjectMapper mapper) {
    JsonNode data;
    try {
      data = mapper.readTree(event.data());
    } catch (IOException e) {
      throw new MalformedEventException("the event's data is not JSON");
    }
    String time =
        event.time() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time());
    return write(mapper, event.id(), event.type(), event.source(), event.subject(), time, data);
  }

  public static String of(
      ObjectMapper mapper,
      String id,
      String type,
      String source,
      String subject,
      Instant time,
      JsonNode data) {
    return write(mapper, id, type, source, subject, time.toString(), data);
  }

  private static String write(
      ObjectMapper mapper,
      String id,
      String type,
      String source,
      String subject,
      String time,
      JsonNode data) {
    ObjectNode body = mapper.createObjectNode();
    body.put("specversion", "1.0");
    body.put("id", id);
    body.put("type", type);
    body.put("source", source);
    if (subject != null) {
      body.put("subject", subject);
    }
    if (time != null) {
      body.put("time", time);
    }
    body.put("datacontenttype", "application/json");
    body.set("data", data);
    try {
      return mapper.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
