package org.relieftrace.platform.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.platform.postgres.PostgresDuplicateKeyResolver;

/**
 * Remembers, per caller and {@code Idempotency-Key}, that a command was handled and what it answered. The claim is
 * written in the same transaction as the command's events, so a key is recorded exactly when its events are; a
 * concurrent second claim waits for the first transaction and then finds the key taken.
 */
public final class IdempotencyStore {

    /** What the first request with a key answered. */
    public record FirstAnswer(String commandType, String fingerprint, Object result) {
    }

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final String table;

    public IdempotencyStore(DataSource dataSource, ObjectMapper mapper, String schema) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.table = schema + ".idempotency_record";
    }

    /** Claims the key; false when it is already taken (committed by an earlier request). */
    public boolean claim(String callerId, String key, String commandType, String fingerprint) {
        String sql = "INSERT INTO " + table + " (caller_id, idempotency_key, command_type, fingerprint, created_at)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, callerId);
            statement.setString(2, key);
            statement.setString(3, commandType);
            statement.setString(4, fingerprint);
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (PostgresDuplicateKeyResolver.isUniqueViolation(e)) {
                return false;
            }
            throw new IllegalStateException("cannot record idempotency key", e);
        }
    }

    /** Stores the answer of the request that claimed the key. */
    public void answer(String callerId, String key, Object result) {
        String sql = "UPDATE " + table + " SET result_type = ?, result = ? WHERE caller_id = ? AND idempotency_key = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, result == null ? null : result.getClass().getName());
            statement.setString(2, result == null ? null : mapper.writeValueAsString(result));
            statement.setString(3, callerId);
            statement.setString(4, key);
            statement.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot record the answer of idempotency key", e);
        }
    }

    /** The first answer given for the key, if a request with it was committed. */
    public Optional<FirstAnswer> firstAnswer(String callerId, String key) {
        String sql = "SELECT command_type, fingerprint, result_type, result FROM " + table
                + " WHERE caller_id = ? AND idempotency_key = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, callerId);
            statement.setString(2, key);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String resultType = rows.getString(3);
                Object result = resultType == null ? null
                        : mapper.readValue(rows.getString(4), Class.forName(resultType, true,
                        Thread.currentThread().getContextClassLoader()));
                return Optional.of(new FirstAnswer(rows.getString(1), rows.getString(2), result));
            }
        } catch (SQLException | java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read idempotency record", e);
        }
    }
}
