package org.relieftrace.registry.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Counts rows with plain SQL, for tests that check what was (not) appended to the event store. */
public final class Rows {

    private Rows() {
    }

    /** The single number {@code sql} answers for {@code values}. */
    public static long count(DataSource dataSource, String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Events of {@code type} (simple class name) whose JSON payload has {@code field} = {@code value}. */
    public static long events(DataSource dataSource, String type, String field, String value) {
        return count(dataSource, "SELECT count(*) FROM eventstore.domain_event_entry WHERE payload_type LIKE ?"
                + " AND convert_from(payload, 'UTF8')::jsonb ->> ? = ?", "%." + type, field, value);
    }
}
