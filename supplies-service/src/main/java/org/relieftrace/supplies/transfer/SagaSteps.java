package org.relieftrace.supplies.transfer;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
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

    /** Runs {@code step} with the surrounding transaction suspended (the command bus opens its own). */
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

    /** Runs {@code work} in a new transaction that commits on its own, whatever becomes of the surrounding one. */
    public <T> T inOwnTransaction(Supplier<T> work) {
        Transaction outer = suspend();
        try {
            transactions.begin();
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                transactions.rollback();
                throw e;
            }
            transactions.commit();
            return result;
        } catch (NotSupportedException | SystemException | RollbackException | HeuristicMixedException
                 | HeuristicRollbackException e) {
            throw new IllegalStateException("could not run a transaction of its own", e);
        } finally {
            resume(outer);
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("could not suspend the saga's transaction", e);
        }
    }

    private void resume(Transaction outer) {
        if (outer == null) {
            return;
        }
        try {
            transactions.resume(outer);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("could not resume the saga's transaction", e);
        }
    }
}
