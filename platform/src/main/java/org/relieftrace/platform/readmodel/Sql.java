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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

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
    private static final ThreadLocal<Redirect> REDIRECT = new ThreadLocal<>();

    /** A replacement of tables in this thread's statements, or a recording of them. */
    public static final class Redirect {
        private final Map<Pattern, String> tables = new LinkedHashMap<>();
        private final List<String> recorded;

        private Redirect(Map<String, String> tables, boolean record) {
            tables.forEach((live, shadow) -> this.tables.put(Pattern.compile("(?i)(?<![\\w.\"])"
                    + Pattern.quote(live) + "(?![\\w\"])"), Matcher.quoteReplacement(shadow)));
            this.recorded = record ? new ArrayList<>() : null;
        }

        /** Statements go to the shadow tables instead of the live ones (both {@code schema.table}). */
        public static Redirect toShadow(Map<String, String> tables) {
            return new Redirect(tables, false);
        }

        /** Statements that change rows are recorded, not run. */
        public static Redirect recording() {
            return new Redirect(Map.of(), true);
        }

        /** The statements recorded. */
        public List<String> recorded() {
            return recorded == null ? List.of() : List.copyOf(recorded);
        }

        String rewrite(String sql) {
            String result = sql;
            for (Map.Entry<Pattern, String> table : tables.entrySet()) {
                result = table.getKey().matcher(result).replaceAll(table.getValue());
            }
            return result;
        }
    }

    /** Runs {@code work} on this thread with its statements redirected. */
    public static <T> T redirected(Redirect redirect, java.util.concurrent.Callable<T> work) throws Exception {
        Redirect before = REDIRECT.get();
        REDIRECT.set(redirect);
        try {
            return work.call();
        } finally {
            REDIRECT.set(before);
        }
    }

    /** Runs an INSERT, UPDATE, DELETE or DDL statement; returns the rows changed. */
    public int update(String sql, Object... values) {
        Redirect redirect = REDIRECT.get();
        if (redirect != null && redirect.recorded != null) {
            redirect.recorded.add(sql);
            return 0;
        }
        if (redirect != null) {
            sql = redirect.rewrite(sql);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ReadModelFailure(sql, e);
        }
    }

    /** The first row of a query, if any. */
    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        List<T> found = list(sql, row, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** All rows of a query. */
    public <T> List<T> list(String sql, Row<T> row, Object... values) {
        Redirect redirect = REDIRECT.get();
        if (redirect != null) {
            sql = redirect.rewrite(sql);
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
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (values[i] instanceof Enum<?> e) {
                statement.setString(i + 1, e.name());
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        return statement;
    }

    /** A read-model statement failed; in a projection the processor retries the batch. */
    public static final class ReadModelFailure extends RuntimeException {
        ReadModelFailure(String sql, SQLException cause) {
            super("read model statement failed: " + sql.strip().lines().findFirst().orElse(sql), cause);
        }
    }
}
