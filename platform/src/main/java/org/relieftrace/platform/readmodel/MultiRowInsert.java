package org.relieftrace.platform.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 多行插入 — a run of the same held-back {@code INSERT … VALUES (…)} sent as a few statements of many rows each
 * ({@code VALUES (…), (…), …}) instead of one statement a row: the same rows in the same order, far less work for
 * the database. Only plain inserts and {@code ON CONFLICT … DO NOTHING} (a later duplicate is skipped, as it would
 * be row by row) whose values are parameters and literals; anything else (functions, sub-selects, {@code RETURNING},
 * {@code DO UPDATE}) is sent row by row.
 */
final class MultiRowInsert {

    /** Rows per statement: powers of two up to this, so that few distinct statements are prepared. */
    static final int MAX_ROWS = 128;
    private static final int MAX_PARAMETERS = 32_767;
    private static final Pattern INSERT = Pattern.compile("(?is)^\\s*(INSERT\\s+INTO\\s+[\\w.\"]+\\s*\\([^()]*\\)"
            + "\\s*VALUES\\s*)(\\((?:[^()';]|'[^']*')*\\))(\\s*(?:ON\\s+CONFLICT\\s*(?:\\([^()]*\\))?\\s*DO\\s+NOTHING)?)"
            + "\\s*;?\\s*$");
    private static final Map<String, Optional<MultiRowInsert>> KNOWN = new ConcurrentHashMap<>();

    private final String head;
    private final String row;
    private final String tail;
    private final int parameters;
    private final Map<Integer, String> bySize = new ConcurrentHashMap<>();

    private MultiRowInsert(String head, String row, String tail, int parameters) {
        this.head = head;
        this.row = row;
        this.tail = tail;
        this.parameters = parameters;
    }

    /** The multi-row form of the statement, or null when it has none. */
    static MultiRowInsert of(String sql) {
        return KNOWN.computeIfAbsent(sql, statement -> {
            Matcher insert = INSERT.matcher(statement);
            if (!insert.matches()) {
                return Optional.empty();
            }
            int parameters = (int) insert.group(2).replaceAll("'[^']*'", "").chars().filter(c -> c == '?').count();
            return parameters == 0 ? Optional.empty()
                    : Optional.of(new MultiRowInsert(insert.group(1), insert.group(2), insert.group(3), parameters));
        }).orElse(null);
    }

    /** Whether a row's values are as many as the statement's parameters. */
    boolean fits(Object[] values) {
        return values.length == parameters;
    }

    /** The statement for {@code rows} rows. */
    String sql(int rows) {
        return bySize.computeIfAbsent(rows, n -> {
            StringBuilder sql = new StringBuilder(head.length() + tail.length() + n * (row.length() + 2));
            sql.append(head);
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
            }
            return sql.append(tail).toString();
        });
    }

    /** The sizes of the statements that send {@code count} rows in order: full ones, then powers of two. */
    static int[] chunks(int count, int largest) {
        int full = count / largest;
        int rest = count % largest;
        int[] sizes = new int[full + Integer.bitCount(rest)];
        int n = 0;
        for (int i = 0; i < full; i++) {
            sizes[n++] = largest;
        }
        for (int bit = Integer.highestOneBit(Math.max(rest, 1)); bit > 0; bit >>= 1) {
            if ((rest & bit) != 0) {
                sizes[n++] = bit;
            }
        }
        return sizes;
    }

    /** Inserts the rows, in order; the full-size statements go in one JDBC batch. */
    void execute(Connection connection, List<Object[]> rows) throws SQLException {
        int largest = Math.max(1, Math.min(MAX_ROWS, Integer.highestOneBit(MAX_PARAMETERS / parameters)));
        int[] sizes = chunks(rows.size(), largest);
        int next = 0;
        int i = 0;
        if (sizes.length > 0 && sizes[0] == largest) {
            try (PreparedStatement statement = connection.prepareStatement(sql(largest))) {
                while (i < sizes.length && sizes[i] == largest) {
                    next = bind(statement, rows, next, largest);
                    statement.addBatch();
                    i++;
                }
                statement.executeBatch();
            }
        }
        for (; i < sizes.length; i++) {
            try (PreparedStatement statement = connection.prepareStatement(sql(sizes[i]))) {
                next = bind(statement, rows, next, sizes[i]);
                statement.executeUpdate();
            }
        }
    }

    private int bind(PreparedStatement statement, List<Object[]> rows, int from, int count) throws SQLException {
        for (int r = 0; r < count; r++) {
            Sql.bind(statement, r * parameters, rows.get(from + r));
        }
        return from + count;
    }
}
