package fr.passerelle.platform.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must wait for the current transaction's outcome: waking a reader once a change is
 * visible, or undoing outside the database what a rolled-back transaction started. The callbacks
 * run on the thread that ends the transaction, after it ended; they must not throw.
 */
@ApplicationScoped
public class AfterTransaction {

  private final TransactionSynchronizationRegistry transactions;

  AfterTransaction(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /**
   * Runs {@code action} once the current transaction commits, once per {@code key} however many
   * times it is asked for in that transaction.
   */
  public void onCommitOnce(Object key, Runnable action) {
    if (transactions.getResource(key) != null) {
      return;
    }
    transactions.putResource(key, Boolean.TRUE);
    register(true, action);
  }

  /** Runs {@code action} if the current transaction rolls back. */
  public void onRollback(Runnable action) {
    register(false, action);
  }

  private void register(boolean onCommit, Runnable action) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == onCommit) {
              action.run();
            }
          }
        });
  }
}
