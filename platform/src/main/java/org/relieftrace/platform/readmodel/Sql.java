package org.relieftrace.platform.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Plain SQL on the service's read-model tables. Called from an event handler it joins the processor's JTA
 * transaction, so a projection's rows and its token commit together; called from a query it reads committed rows.
 */
@ApplicationScoped
public class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    /**
     * Where this thread's statements go instead: during a projection replay into a shadow copy, each live table
     * (schema-qualified, as projections write them) is replaced by its shadow; when recording, statements that change
     * rows are only noted, not run (how a projection's tables are found from its reset handler).
     */
    private static final ThreadLocal<SqlRedirect> REDIRECT = new ThreadLocal<>();

    /** This thread's statements held back for a batch ({@link BatchedReplay}). */
    private static final ThreadLocal<Pending> PENDING = ThreadLocal.withInitial(Pending::new);

    /** Statements held back, per table in the order they came; statements of one table keep their order. */
    private static final class Pending {
        final Map<String, List<Object[]>> byTable = new LinkedHashMap<>();
        final Map<String, List<String>> sqlByTable = new LinkedHashMap<>();
        int size;

        void add(String table, String sql, Object[] values) {
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
            sqlByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(sql);
            size++;
        }

        void clear() {
            byTable.clear();
            sqlByTable.clear();
            size = 0;
        }
    }

    /** Runs {@code work} on this thread with its statements redirected. */
    public static <T> T redirected(SqlRedirect redirect, java.util.concurrent.Callable<T> work) throws Exception {
        SqlRedirect before = REDIRECT.get();
        REDIRECT.set(redirect);
        try {
            return work.call();
        } finally {
            REDIRECT.set(before);
        }
    }

    /** Sends this thread's held-back statements (a batched redirect's), in JDBC batches; call before committing. */
    public void flush() {
        Pending pending = PENDING.get();
        if (pending.size == 0) {
            return;
        }
        String current = null;
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, List<String>> table : pending.sqlByTable.entrySet()) {
                List<String> statements = table.getValue();
                List<Object[]> values = pending.byTable.get(table.getKey());
                int i = 0;
                while (i < statements.size()) {
                    current = statements.get(i);
                    int end = i;
                    while (end < statements.size() && statements.get(end).equals(current)) {
                        end++;
                    }
                    MultiRowInsert multiRow = end - i > 1 ? MultiRowInsert.of(current) : null;
                    if (multiRow != null && multiRow.fits(values.get(i))) {
                        multiRow.execute(connection, values.subList(i, end));
                    } else {
                        try (PreparedStatement statement = connection.prepareStatement(current)) {
                            for (int row = i; row < end; row++) {
                                bind(statement, values.get(row));
                                statement.addBatch();
                            }
                            statement.executeBatch();
                        }
                    }
                    i = end;
                }
            }
        } catch (SQLException e) {
            throw new ReadModelFailure(current, e);
        } finally {
            pending.clear();
        }
    }

    /** Forgets this thread's held-back statements (the transaction they belonged to was rolled back). */
    public static void discardPending() {
        PENDING.get().clear();
    }

    /** The unit of work's writes held back by {@link #updateLater}. */
    private static final String LATER = Sql.class.getName() + ".later";

    /** Statements held back until a unit of work prepares to commit, in the order they came. */
    private static final class Later {
        final List<String> statements = new ArrayList<>();
        final List<Object[]> values = new ArrayList<>();
    }

    /**
     * Runs an INSERT, UPDATE or DELETE statement when the current unit of work (an event processor's batch of events)
     * prepares to commit, in its transaction: the statements of the unit of work go in the order they came, runs of
     * the same statement in one JDBC batch. For projections that never read the row count nor, in their handlers,
     * the rows they write; any other statement through this class sends what is held back first. Outside a unit of work the
     * statement runs at once.
     */
    public void updateLater(String sql, Object... values) {
        if (!CurrentUnitOfWork.isStarted() || (REDIRECT.get() != null && REDIRECT.get().recorded != null)) {
            update(sql, values);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Later later = root.getOrComputeResource(LATER, key -> {
            Later held = new Later();
            root.onPrepareCommit(u -> sendLater(held));
            return held;
        });
        later.statements.add(sql);
        later.values.add(values.clone());
    }

    private void sendLater(Later later) {
        int i = 0;
        while (i < later.statements.size()) {
            String statement = later.statements.get(i);
            List<Object[]> rows = new ArrayList<>();
            while (i < later.statements.size() && later.statements.get(i).equals(statement)) {
                rows.add(later.values.get(i++));
            }
            batch(statement, rows);
        }
        later.statements.clear();
        later.values.clear();
    }

    /** Sends what the current unit of work holds back ({@link #updateLater}), before any other statement. */
    private void sendLaterNow() {
        if (CurrentUnitOfWork.isStarted()) {
            Later later = CurrentUnitOfWork.get().root().getResource(LATER);
            if (later != null) {
                sendLater(later);
            }
        }
    }

    /** Runs one INSERT, UPDATE or DELETE statement once for each row of values, in one JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        SqlRedirect redirect = REDIRECT.get();
        if (redirect != null && redirect.recorded != null) {
            redirect.recorded.add(sql);
            return;
        }
        if (redirect != null) {
            sql = redirect.rewrite(sql);
            flush();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] values : rows) {
                bind(statement, values);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new ReadModelFailure(sql, e);
        }
    }

    /** Runs an INSERT, UPDATE, DELETE or DDL statement; returns the rows changed. */
    public int update(String sql, Object... values) {
        sendLaterNow();
        SqlRedirect redirect = REDIRECT.get();
        if (redirect != null && redirect.recorded != null) {
            redirect.recorded.add(sql);
            return 0;
        }
        if (redirect != null) {
            String table = redirect.batched ? redirect.table(sql) : "";
            sql = redirect.rewrite(sql);
            if (!table.isEmpty()) {
                PENDING.get().add(table, sql, values.clone());
                // the row count is not known before the batch is sent; batched projections do not read it
                return 1;
            }
            flush();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ReadModelFailure(sql, e);
        }
    }

    /**
     * The first row of a query, if any: empty when there is no row, or when {@code row} reads it as null (an
     * aggregate such as {@code max(...)} over no rows answers one row holding NULL).
     */
    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        List<T> found = list(sql, row, values);
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    /** All rows of a query. */
    public <T> List<T> list(String sql, Row<T> row, Object... values) {
        sendLaterNow();
        SqlRedirect redirect = REDIRECT.get();
        if (redirect != null) {
            sql = redirect.rewrite(sql);
            flush();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, values);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(row.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new ReadModelFailure(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, values);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        bind(statement, 0, values);
    }

    /** Binds the values to the parameters after the first {@code offset}. */
    static void bind(PreparedStatement statement, int offset, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(offset + i + 1, Types.NULL);
            } else if (values[i] instanceof Enum<?> e) {
                statement.setString(offset + i + 1, e.name());
            } else {
                statement.setObject(offset + i + 1, values[i]);
            }
        }
    }

    /** A read-model statement failed; in a projection the processor retries the batch. */
    public static final class ReadModelFailure extends RuntimeException {
        ReadModelFailure(String sql, SQLException cause) {
            super("read model statement failed: " + sql.strip().lines().findFirst().orElse(sql), cause);
        }
    }
}
