package fr.passerelle.referral.timeline;

import fr.passerelle.referral.access.Side;
import fr.passerelle.referral.changes.ChangeFeed;
import fr.passerelle.referral.changes.ChangeKind;
import fr.passerelle.referral.dossier.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Adds entries to a referral's timeline, in the caller's transaction. */
@ApplicationScoped
public class Timeline {

  private final ChangeFeed changes;
  private final Clock clock;

  Timeline(ChangeFeed changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  public TimelineEntry post(
      Referral referral, TimelineEntry.Kind kind, String body, String author, Side side) {
    Instant now = clock.instant();
    TimelineEntry entry = new TimelineEntry();
    entry.id = UUID.randomUUID();
    entry.referralId = referral.id;
    entry.kind = kind;
    entry.body = body;
    entry.author = author;
    entry.authorSide = side;
    entry.createdAt = now;
    entry.persist();
    // A note is no answer: the E2C's reminder clock runs on until a move.
    changes.record(referral, ChangeKind.MESSAGE_POSTED);
    return entry;
  }
}
