package fr.passerelle.referral.changes;

import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.referral.access.ReferralScope;
import fr.passerelle.referral.dossier.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every change of every referral, in an order a reader can resume from without a gap or a repeat. A
 * change is written in the transaction that makes it and carries that transaction's id; reading
 * goes in (transaction id, sequence) order and stops below the oldest transaction still running,
 * whose changes (and those of any later one) are not final yet. A long transaction therefore holds
 * the feed back until it ends, but never makes a reader miss a change.
 */
@ApplicationScoped
public class ChangeFeed {

  private static final String INSERT =
      "insert into referral_change"
          + " (referral_id, change, status, site_id, from_site_id, occurred_at)"
          + " values (?1, ?2, ?3, ?4, ?5, ?6)";

  /** Read with the scope's native condition on the change's site and the referral {@code r}. */
  private static final String READ =
      "select c.tx_id::text, c.seq, c.referral_id, r.external_ref, c.change, c.status,"
          + " c.site_id, c.occurred_at"
          + " from referral_change c join referral r on r.id = c.referral_id"
          + " where (c.tx_id, c.seq) > (cast(:afterTx as xid8), :afterSeq)"
          + " and c.tx_id < pg_snapshot_xmin(pg_current_snapshot())"
          + " and %s"
          + " order by c.tx_id, c.seq limit :limit";

  private final EntityManager entityManager;
  private final ReferralScope scope;
  private final Clock clock;

  ChangeFeed(EntityManager entityManager, ReferralScope scope, Clock clock) {
    this.entityManager = entityManager;
    this.scope = scope;
    this.clock = clock;
  }

  /** Adds a change in the current transaction. */
  public void record(Referral referral, ChangeKind kind) {
    insert(referral, kind, null);
  }

  /** A transfer: a change for the site that lost the referral as well as for the new one. */
  public void recordTransfer(Referral referral, UUID fromSite) {
    insert(referral, ChangeKind.TRANSFERRED, fromSite);
  }

  private void insert(Referral referral, ChangeKind kind, UUID fromSite) {
    entityManager
        .createNativeQuery(INSERT)
        .setParameter(1, referral.id)
        .setParameter(2, kind.name())
        .setParameter(3, referral.status.name())
        .setParameter(4, referral.siteId)
        .setParameter(5, fromSite)
        .setParameter(6, Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  /** The changes after a position, within the caller's scope. */
  @Transactional
  public ChangeApi.Changes after(String after, int limit) {
    Cursor from =
        after == null || after.isBlank() ? Cursor.after("0", 0L) : Cursor.decode(after, 2);
    long seq = validatedSeq(from);
    @SuppressWarnings("unchecked")
    Query read =
        entityManager
            .createNativeQuery(
                READ.formatted(scope.nativeCondition("r", "c.site_id", "c.from_site_id")))
            .setParameter("afterTx", from.key(0))
            .setParameter("afterSeq", seq)
            .setParameter("limit", limit + 1);
    scope.parameters().forEach(read::setParameter);
    List<Object[]> rows = read.getResultList();
    List<Object[]> page = rows.size() > limit ? rows.subList(0, limit) : rows;
    List<ChangeApi.Change> changes = page.stream().map(ChangeFeed::change).toList();
    Cursor next =
        page.isEmpty()
            ? from
            : Cursor.after(page.get(page.size() - 1)[0], page.get(page.size() - 1)[1]);
    return new ChangeApi.Changes(changes, next.encode(), rows.size() > limit);
  }

  private static ChangeApi.Change change(Object[] row) {
    return new ChangeApi.Change(
        Cursor.after(row[0], row[1]).encode(),
        (UUID) row[2],
        (String) row[3],
        ChangeKind.valueOf((String) row[4]),
        (String) row[5],
        (UUID) row[6],
        instant(row[7]));
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  /** Both keys must be numbers: a forged cursor is a 400, never a SQL error. */
  private static long validatedSeq(Cursor cursor) {
    try {
      Long.parseUnsignedLong(cursor.key(0));
      return Long.parseLong(cursor.key(1));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("cursor is not valid for this list");
    }
  }
}
