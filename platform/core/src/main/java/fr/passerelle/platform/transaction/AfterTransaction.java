package fr.passerelle.platform.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Undoing outside the database what a rolled-back transaction started (a seat booked in another
 * service). Work that follows a commit observes {@code EventRecorded} after success instead. The
 * callbacks run on the thread that ends the transaction, after it ended; they must not throw.
 */
@ApplicationScoped
public class AfterTransaction {

  private final TransactionSynchronizationRegistry transactions;

  AfterTransaction(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
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
