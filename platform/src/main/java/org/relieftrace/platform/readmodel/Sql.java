package org.relieftrace.platform.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** Runs an INSERT, UPDATE, DELETE or DDL statement; returns the rows changed. */
    public int update(String sql, Object... values) {
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
