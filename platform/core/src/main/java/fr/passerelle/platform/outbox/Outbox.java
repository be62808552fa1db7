package fr.passerelle.platform.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.contracts.events.EventType;
import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Records an event in the caller's transaction: it is published if and only if that transaction
 * commits, with the trace context of the work that wrote it. Application services call it next to
 * the change the event describes.
 */
@ApplicationScoped
public class Outbox {

  private static final String INSERT =
      "INSERT INTO outbox_event"
          + " (id, topic, aggregate_id, type, source, occurred_at, payload, traceparent)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /** The key of the transaction's set of event types already announced. */
  private static final Object RECORDED_TYPES = new Object();

  private final AgroalDataSource dataSource;
  private final TransactionSynchronizationRegistry transactions;
  private final Event<EventRecorded> recorded;
  private final ObjectMapper mapper;
  private final Clock clock;

  Outbox(
      AgroalDataSource dataSource,
      TransactionSynchronizationRegistry transactions,
      Event<EventRecorded> recorded,
      ObjectMapper mapper,
      Clock clock) {
    this.dataSource = dataSource;
    this.transactions = transactions;
    this.recorded = recorded;
    // HTTP answers omit absent values (the platform's default inclusion); an event payload keeps
    // its explicit nulls, as its JSON Schema and the event catalog declare them.
    this.mapper = mapper.copy().setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
    this.clock = clock;
  }

  /**
   * Adds an event about an aggregate to the current transaction.
   *
   * @return the event id (CloudEvents {@code id})
   * @throws IllegalStateException outside a transaction: an event must never outlive a rolled back
   *     change
   */
  public <P extends Record> UUID publish(EventType<P> type, Object aggregateId, P payload) {
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(payload, "payload");
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Outbox.publish needs an active transaction");
    }
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, id);
      insert.setString(2, type.topic());
      insert.setString(3, aggregateId.toString());
      insert.setString(4, type.type());
      insert.setString(5, type.source());
      insert.setTimestamp(6, Timestamp.from(clock.instant()));
      insert.setObject(7, mapper.writeValueAsString(payload), Types.OTHER);
      insert.setString(8, currentTraceparent());
      insert.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Could not write " + type.type() + " to the outbox", e);
    }
    if (firstOfItsTypeInThisTransaction(type)) {
      recorded.fire(new EventRecorded(type));
    }
    return id;
  }

  /**
   * Adds one event per payload, about the aggregate each names, to the current transaction in one
   * batch of statements: what a bulk writer (an import) publishes, without a round trip per event.
   *
   * @throws IllegalStateException outside a transaction
   */
  public <P extends Record> void publishAll(
      EventType<P> type, Function<P, Object> aggregateIdOf, List<P> payloads) {
    if (payloads.isEmpty()) {
      return;
    }
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Outbox.publishAll needs an active transaction");
    }
    Timestamp occurredAt = Timestamp.from(clock.instant());
    String traceparent = currentTraceparent();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (P payload : payloads) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, type.topic());
        insert.setString(3, Objects.requireNonNull(aggregateIdOf.apply(payload)).toString());
        insert.setString(4, type.type());
        insert.setString(5, type.source());
        insert.setTimestamp(6, occurredAt);
        insert.setObject(7, mapper.writeValueAsString(payload), Types.OTHER);
        insert.setString(8, traceparent);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Could not write " + type.type() + " to the outbox", e);
    }
    if (firstOfItsTypeInThisTransaction(type)) {
      recorded.fire(new EventRecorded(type));
    }
  }

  @SuppressWarnings("unchecked")
  private boolean firstOfItsTypeInThisTransaction(EventType<?> type) {
    Set<EventType<?>> recordedTypes = (Set<EventType<?>>) transactions.getResource(RECORDED_TYPES);
    if (recordedTypes == null) {
      recordedTypes = new HashSet<>();
      transactions.putResource(RECORDED_TYPES, recordedTypes);
    }
    return recordedTypes.add(type);
  }

  /** The W3C traceparent of the work that writes the event, so that its consumers continue it. */
  private static String currentTraceparent() {
    SpanContext span = Span.current().getSpanContext();
    return span.isValid()
        ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
        : null;
  }
}
