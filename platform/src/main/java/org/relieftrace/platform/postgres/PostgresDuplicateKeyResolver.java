package org.relieftrace.platform.postgres;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises PostgreSQL's unique-violation (SQLState {@code 23505}) anywhere in a cause chain, so that two writers
 * racing for the same aggregate sequence number surface as Axon's {@code ConcurrencyException} (and are retried)
 * rather than as a generic storage failure.
 */
public final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    /** PostgreSQL's SQLState for a unique constraint violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isUniqueViolation(exception);
    }

    /** True when any cause in the chain is a PostgreSQL unique violation. */
    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
