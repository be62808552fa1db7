package fr.passerelle.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.contracts.events.EventType;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/** A CloudEvent read from Kafka in binary mode, as handed to an idempotent consumer. */
public record InboundEvent(
    String id,
    String type,
    String source,
    String subject,
    OffsetDateTime time,
    String topic,
    int partition,
    long offset,
    byte[] data) {

  /**
   * Reads the CloudEvents attributes of a record.
   *
   * @throws MalformedEventException when a required attribute is missing or unreadable
   */
  public static InboundEvent from(ConsumerRecord<String, byte[]> record) {
    Headers headers = record.headers();
    String specVersion = header(headers, CloudEventHeaders.SPEC_VERSION);
    if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
      throw new MalformedEventException("not a CloudEvents 1.0 record (ce_specversion)");
    }
    String time = header(headers, CloudEventHeaders.TIME);
    try {
      return new InboundEvent(
          required(headers, CloudEventHeaders.ID),
          required(headers, CloudEventHeaders.TYPE),
          required(headers, CloudEventHeaders.SOURCE),
          header(headers, CloudEventHeaders.SUBJECT),
          time == null ? null : OffsetDateTime.parse(time),
          record.topic(),
          record.partition(),
          record.offset(),
          record.value());
    } catch (DateTimeParseException e) {
      throw new MalformedEventException("ce_time is not an RFC 3339 timestamp");
    }
  }

  /** When the event happened, or now for an event that does not say (no {@code ce_time}). */
  public Instant timeOrNow() {
    return time == null ? Instant.now() : time.toInstant();
  }

  public boolean is(EventType<?> eventType) {
    return eventType.type().equals(type);
  }

  /**
   * The data as the payload record of its type. Fields the record does not know are skipped: a
   * producer may add fields to a version of an event without breaking its consumers.
   */
  public <P extends Record> P payload(EventType<P> eventType, ObjectMapper mapper) {
    if (!is(eventType)) {
      throw new IllegalArgumentException("event " + id + " is a " + type);
    }
    try {
      return mapper
          .readerFor(eventType.payloadType())
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(data);
    } catch (IOException e) {
      throw new MalformedEventException("data of " + type + " does not match its schema", e);
    }
  }

  private static String required(Headers headers, String name) {
    String value = header(headers, name);
    if (value == null || value.isBlank()) {
      throw new MalformedEventException("missing " + name);
    }
    return value;
  }

  private static String header(Headers headers, String name) {
    return CloudEventRecords.header(headers, name);
  }
}
