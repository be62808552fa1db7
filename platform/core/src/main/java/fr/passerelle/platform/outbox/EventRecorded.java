package fr.passerelle.platform.outbox;

import fr.passerelle.contracts.events.EventType;

/**
 * An event written to the outbox in the current transaction, fired as a CDI event. Work that must
 * follow a committed change, and only a committed one, observes it after success:
 *
 * <pre>{@code
 * void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventRecorded event) { ... }
 * }</pre>
 *
 * <p>so that writers publish their event and need not remember who else must hear of the change.
 */
public record EventRecorded(EventType<?> type, String aggregateId) {}
