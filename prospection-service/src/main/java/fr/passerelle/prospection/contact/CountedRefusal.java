package fr.passerelle.prospection.contact;

import fr.passerelle.contracts.events.EventType;
import fr.passerelle.platform.outbox.Outbox;
import fr.passerelle.platform.web.problem.ConflictException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A 409 that steering counts: its event is published although the request's transaction rolls back,
 * by {@link CountsRefusals} once that transaction has ended (conflict-raised,
 * over-solicitation-refused).
 */
public class CountedRefusal extends ConflictException {

  private final transient Consumer<Outbox> publication;

  <P extends Record> CountedRefusal(
      String detail,
      Map<String, Object> members,
      EventType<P> type,
      Object aggregateId,
      P payload) {
    super(detail, members);
    this.publication = outbox -> outbox.publish(type, aggregateId, payload);
  }

  /** Records the refusal's event in the current transaction. */
  void publishWith(Outbox outbox) {
    publication.accept(outbox);
  }
}
