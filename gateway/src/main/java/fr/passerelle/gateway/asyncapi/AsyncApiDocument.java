package fr.passerelle.gateway.asyncapi;

import fr.passerelle.contracts.events.CloudEventHeaders;
import fr.passerelle.contracts.events.EventType;
import fr.passerelle.contracts.http.Headers;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The AsyncAPI 3.0.0 document of every event Passerelle publishes, built from the event types of
 * {@code platform/contracts} and their JSON Schemas: one channel per topic, one message per event
 * type, one {@code send} operation per publishing service. Services, then types, are sorted, so the
 * same catalog always gives the same document ({@code docs/events/asyncapi.json} is a copy).
 */
public final class AsyncApiDocument {

  public static final String ASYNCAPI_VERSION = "3.0.0";

  /**
   * What the payloads are: draft-07, which every AsyncAPI tool reads ({@link DraftSevenSubset}).
   */
  public static final String PAYLOAD_SCHEMA_FORMAT = "application/schema+json;version=draft-07";

  static final String TITLE = "Passerelle events";
  static final String VERSION = "1.0.0";
  static final String HEADERS_SCHEMA = "CloudEventHeaders";
  static final String KEY_SCHEMA = "AggregateId";
  private static final String KAFKA_BINDING_VERSION = "0.5.0";

  private static final String DESCRIPTION =
      """
      Every event the services of Passerelle publish to Kafka, generated from the event types and \
      JSON Schemas of `platform/contracts` (the catalog, with when each event is published and who \
      consumes it: `docs/events/README.md`).

      **Envelope**: CloudEvents 1.0 in the Kafka binary content mode. The attributes travel as \
      headers (`ce_specversion`, `ce_id`, `ce_type`, `ce_source`, `ce_subject`, `ce_time`), \
      `content-type` is `application/json`, and `traceparent` carries the trace of the request \
      that made the change when there was one. The record value is the payload (JSON, camelCase); \
      the record key is the id of the aggregate the event is about (also `ce_subject`), so the \
      events of one aggregate stay in order on one partition. One topic per publishing service.

      **Delivery**: an event exists if and only if its change committed (transactional outbox), \
      and is delivered at least once: consumers deduplicate on `ce_id` and so apply each event \
      once. A breaking change to a payload is a new type version (`.v2`), published alongside \
      the old one until every consumer has moved. Payloads carry no directly identifying personal \
      data.

      The brokers are those of each deployment: no server is listed.""";

  private AsyncApiDocument() {}

  /** The document of these event types. */
  public static JsonObject of(List<EventType<?>> types) {
    Map<String, List<EventType<?>>> byService =
        types.stream()
            .sorted(Comparator.comparing(EventType::type))
            .collect(Collectors.groupingBy(EventType::service, TreeMap::new, Collectors.toList()));
    JsonObject channels = new JsonObject();
    JsonObject operations = new JsonObject();
    JsonObject messages = new JsonObject();
    byService.forEach(
        (service, ofService) -> {
          channels.put(service, channel(service, ofService));
          operations.put(service + "-publishes", publishing(service, ofService));
          ofService.forEach(type -> messages.put(type.type(), message(type)));
        });
    return new JsonObject()
        .put("asyncapi", ASYNCAPI_VERSION)
        .put("id", "urn:passerelle:events")
        .put(
            "info",
            new JsonObject()
                .put("title", TITLE)
                .put("version", VERSION)
                .put("description", DESCRIPTION))
        .put("defaultContentType", CloudEventHeaders.JSON)
        .put("channels", channels)
        .put("operations", operations)
        .put(
            "components",
            new JsonObject()
                .put(
                    "schemas",
                    new JsonObject()
                        .put(KEY_SCHEMA, aggregateId())
                        .put(HEADERS_SCHEMA, cloudEventHeaders()))
                .put("messages", messages));
  }

  /** The document as committed: indented, with a final line break. */
  public static String pretty(List<EventType<?>> types) {
    return of(types).encodePrettily() + "\n";
  }

  private static JsonObject channel(String service, List<EventType<?>> types) {
    JsonObject messages = new JsonObject();
    types.forEach(
        type -> messages.put(type.type(), reference("#/components/messages/" + type.type())));
    return new JsonObject()
        .put("address", EventType.topicOf(service))
        .put("title", "Events of the " + service + " service")
        .put(
            "description",
            "Every event the "
                + service
                + " service publishes, keyed by the id of the aggregate it is about.")
        .put("messages", messages);
  }

  private static JsonObject publishing(String service, List<EventType<?>> types) {
    JsonArray messages = new JsonArray();
    types.forEach(
        type -> messages.add(reference("#/channels/" + service + "/messages/" + type.type())));
    return new JsonObject()
        .put("action", "send")
        .put("channel", reference("#/channels/" + service))
        .put("title", "The " + service + " service publishes")
        .put(
            "summary",
            "The "
                + service
                + " service publishes these events, through its transactional outbox, on "
                + EventType.topicOf(service)
                + ".")
        .put("messages", messages);
  }

  private static JsonObject message(EventType<?> type) {
    JsonObject schema = DraftSevenSubset.of(type.type(), new JsonObject(type.schemaText()));
    JsonObject message =
        new JsonObject()
            .put("name", type.type())
            .put("title", schema.getString("title", type.type()));
    if (schema.containsKey("description")) {
      message.put("summary", schema.getString("description"));
    }
    return message
        .put("contentType", CloudEventHeaders.JSON)
        .put("headers", headersOf(type))
        .put(
            "payload",
            new JsonObject().put("schemaFormat", PAYLOAD_SCHEMA_FORMAT).put("schema", schema))
        .put(
            "bindings",
            new JsonObject()
                .put(
                    "kafka",
                    new JsonObject()
                        .put("key", reference("#/components/schemas/" + KEY_SCHEMA))
                        .put("bindingVersion", KAFKA_BINDING_VERSION)));
  }

  /** The shared headers, with this type's {@code ce_type} and {@code ce_source}. */
  private static JsonObject headersOf(EventType<?> type) {
    return new JsonObject()
        .put(
            "allOf",
            new JsonArray()
                .add(reference("#/components/schemas/" + HEADERS_SCHEMA))
                .add(
                    new JsonObject()
                        .put("type", "object")
                        .put(
                            "properties",
                            new JsonObject()
                                .put(CloudEventHeaders.TYPE, constant(type.type()))
                                .put(CloudEventHeaders.SOURCE, constant(type.source())))));
  }

  private static JsonObject aggregateId() {
    return new JsonObject()
        .put("type", "string")
        .put("format", "uuid")
        .put(
            "description",
            "The record key: the id of the aggregate the event is about (a site, a referral, an"
                + " employer…), the same as `ce_subject`.");
  }

  /** CloudEvents 1.0, Kafka protocol binding, binary content mode. */
  private static JsonObject cloudEventHeaders() {
    JsonObject properties =
        new JsonObject()
            .put(
                CloudEventHeaders.SPEC_VERSION,
                constant(CloudEventHeaders.SPEC_VERSION_1_0)
                    .put("description", "CloudEvents `specversion`."))
            .put(
                CloudEventHeaders.ID,
                text("CloudEvents `id`: the event's own id. Consumers deduplicate on it.")
                    .put("format", "uuid"))
            .put(
                CloudEventHeaders.TYPE,
                text("CloudEvents `type`: `fr.passerelle.<service>.<event>.v<n>`.")
                    .put("pattern", "^fr\\.passerelle\\.[a-z0-9-]+\\.[a-z0-9-]+\\.v[1-9][0-9]*$"))
            .put(
                CloudEventHeaders.SOURCE,
                text("CloudEvents `source`: `/passerelle/<service>`.")
                    .put("pattern", "^/passerelle/[a-z0-9-]+$"))
            .put(
                CloudEventHeaders.SUBJECT,
                text("CloudEvents `subject`: the id of the aggregate, the same as the record key.")
                    .put("format", "uuid"))
            .put(
                CloudEventHeaders.TIME,
                text("CloudEvents `time`: when the change committed, RFC 3339, UTC.")
                    .put("format", "date-time"))
            .put(
                CloudEventHeaders.CONTENT_TYPE,
                constant(CloudEventHeaders.JSON)
                    .put("description", "CloudEvents `datacontenttype`: the record value is JSON."))
            .put(
                Headers.TRACEPARENT,
                text("W3C Trace Context of the request that made the change, when there was"
                        + " one: consumers continue the trace.")
                    .put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"));
    return new JsonObject()
        .put("type", "object")
        .put(
            "description",
            "Kafka record headers: the CloudEvents 1.0 attributes of the event (Kafka protocol"
                + " binding, binary content mode) and its trace context.")
        .put("properties", properties)
        .put(
            "required",
            new JsonArray()
                .add(CloudEventHeaders.SPEC_VERSION)
                .add(CloudEventHeaders.ID)
                .add(CloudEventHeaders.TYPE)
                .add(CloudEventHeaders.SOURCE)
                .add(CloudEventHeaders.SUBJECT)
                .add(CloudEventHeaders.TIME)
                .add(CloudEventHeaders.CONTENT_TYPE));
  }

  private static JsonObject text(String description) {
    return new JsonObject().put("type", "string").put("description", description);
  }

  private static JsonObject constant(String value) {
    return new JsonObject().put("type", "string").put("const", value);
  }

  private static JsonObject reference(String pointer) {
    return new JsonObject().put("$ref", pointer);
  }
}
