package fr.passerelle.platform.outbox;

import fr.passerelle.contracts.events.EventType;

/**
 * Events of this type were written to the outbox in the current transaction: fired once per type
 * and transaction, however many events of the type it holds (an import writes thousands). Work that
 * must follow a committed change, and only a committed one, observes it after success:
 *
 * <pre>{@code
 * void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventRecorded event) { ... }
 * }</pre>
 *
 * <p>so that writers publish their event and need not remember who else must hear of the change.
 */
public record EventRecorded(EventType<?> type) {}
