package org.relieftrace.supplies.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

/**
 * Runs one step of the transfer saga in a transaction of its own, so that a step that fails rolls back only itself
 * and the saga can still record the failure in its own transaction. Every step carries an idempotency key, so a step
 * that committed is not repeated when the saga's transaction is retried. Without a transaction manager (the saga
 * fixture) the step runs as it is.
 */
@ApplicationScoped
public class SagaSteps {

    @Inject
    TransactionManager transactions;

    /** Runs {@code step} with the surrounding transaction suspended. */
    public void run(Runnable step) {
        if (transactions == null) {
            step.run();
            return;
        }
        Transaction outer = suspend();
        try {
            step.run();
        } finally {
            resume(outer);
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException("could not suspend the saga's transaction", e);
        }
    }

    private void resume(Transaction outer) {
        if (outer == null) {
            return;
        }
        try {
            transactions.resume(outer);
        } catch (jakarta.transaction.InvalidTransactionException | jakarta.transaction.SystemException e) {
            throw new IllegalStateException("could not resume the saga's transaction", e);
        }
    }
}
