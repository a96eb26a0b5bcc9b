package org.relieftrace.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's view of the Narayana JTA transaction manager: a unit of work's events, snapshots, tokens, sagas and any
 * JDBC writes of the same thread join one JTA transaction and commit or roll back together. When a transaction is
 * already active, Axon joins it and leaves the outcome to whoever began it.
 */
public final class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return joined();
            }
            jta.begin();
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                            jta.rollback();
                            throw new IllegalStateException("transaction was marked for rollback");
                        }
                        jta.commit();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new TransactionFailed("commit failed", e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        jta.rollback();
                    } catch (SystemException | IllegalStateException e) {
                        throw new TransactionFailed("rollback failed", e);
                    }
                }
            };
        } catch (Exception e) {
            throw new TransactionFailed("could not begin a transaction", e);
        }
    }

    private Transaction joined() {
        return new Transaction() {
            @Override
            public void commit() {
                // the owner of the surrounding transaction commits it
            }

            @Override
            public void rollback() {
                try {
                    jta.setRollbackOnly();
                } catch (SystemException | IllegalStateException e) {
                    throw new TransactionFailed("could not mark the transaction for rollback", e);
                }
            }
        };
    }

    /** The JTA transaction manager refused to begin, commit or roll back. */
    public static final class TransactionFailed extends RuntimeException {
        TransactionFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
