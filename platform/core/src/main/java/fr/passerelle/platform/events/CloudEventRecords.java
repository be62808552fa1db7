package fr.passerelle.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.contracts.http.Headers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 in Kafka binary mode, both ways: the record the outbox relay sends, and the
 * attributes read back from a record by consumers and dead letters.
 */
public final class CloudEventRecords {

  private CloudEventRecords() {}

  /**
   * One event as a Kafka record keyed by its aggregate, with the trace context when there is one.
   */
  public static ProducerRecord<String, byte[]> toRecord(
      String topic,
      String id,
      String type,
      String source,
      String aggregateId,
      Instant occurredAt,
      String payload,
      String traceparent) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
    headers.add(CloudEventHeaders.ID, bytes(id));
    headers.add(CloudEventHeaders.TYPE, bytes(type));
    headers.add(CloudEventHeaders.SOURCE, bytes(source));
    headers.add(CloudEventHeaders.SUBJECT, bytes(aggregateId));
    headers.add(
        CloudEventHeaders.TIME,
        bytes(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt.atOffset(ZoneOffset.UTC))));
    headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
    if (traceparent != null) {
      headers.add(Headers.TRACEPARENT, bytes(traceparent));
    }
    return new ProducerRecord<>(topic, null, aggregateId, bytes(payload), headers);
  }

  /** The last value of a header as text, null when absent. */
  public static String header(org.apache.kafka.common.header.Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
  }

  private static byte[] bytes(String value) {
    return value.getBytes(UTF_8);
  }
}
