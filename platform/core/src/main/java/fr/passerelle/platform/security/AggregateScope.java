package fr.passerelle.platform.security;

import fr.passerelle.platform.web.problem.OutOfScopeException;
import jakarta.persistence.LockModeType;

/**
 * Which records of one aggregate the caller may see, the shape every service's scope beans take
 * (one {@code @RequestScoped} subclass per aggregate, reading the {@link Caller}): {@link #visible}
 * and {@link #visibleForUpdate} answer the record or throw {@link OutOfScopeException}, a 404 as if
 * it did not exist, and the subclass keeps beside {@link #sees} the query fragments that select the
 * same records in lists.
 *
 * @param <E> the aggregate's entity
 * @param <I> its id
 */
public abstract class AggregateScope<E, I> {

  /** The resource's name in a 404's detail. */
  protected abstract String resource();

  /** The record, locked as asked, or null. */
  protected abstract E find(I id, LockModeType lock);

  /** Whether the caller may see this record. */
  public abstract boolean sees(E aggregate);

  /**
   * @throws OutOfScopeException (404) when the record does not exist or lies outside the scope
   */
  public E visible(I id) {
    return check(find(id, LockModeType.NONE), id);
  }

  /** The same, locking the row for a change: changes to one record apply one at a time. */
  public E visibleForUpdate(I id) {
    return check(find(id, LockModeType.PESSIMISTIC_WRITE), id);
  }

  private E check(E aggregate, I id) {
    if (aggregate == null || !sees(aggregate)) {
      throw new OutOfScopeException(resource(), id);
    }
    return aggregate;
  }
}
