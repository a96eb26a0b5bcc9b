package org.relieftrace.platform.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.axon.AxonSettings;
import org.relieftrace.platform.readmodel.Sql;

/**
 * 影子表 — empty copies of a projection's tables in the schema {@code <service schema>_replay}, where a replay rebuilds
 * the read model while queries go on reading the live tables; then the row-by-row comparison of the two, and the copy
 * of the rebuilt rows over the live ones when the auditor asks for it.
 */
@ApplicationScoped
public class ShadowTables {

    /** One row that differs: its table and key, and the columns that differ as live and as rebuilt (a whole side is
     * null when the row exists only on the other side). */
    public record Difference(String table, JsonNode key, JsonNode live, JsonNode rebuilt) {
    }

    /** How many rows differ in all, and the first of them. */
    public record Comparison(long differences, List<Difference> first) {
    }

    @Inject
    Sql sql;

    @Inject
    AxonSettings settings;

    @Inject
    AxonRuntime axon;

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The shadow of each live table ({@code schema.table}), created empty with the same columns, keys and indexes;
     * without {@code secondaryIndexes} only the unique ones (which decide what {@code ON CONFLICT} does), for a
     * projection whose replay never reads its tables: the comparison needs none, and each index costs every row.
     */
    public Map<String, String> create(List<String> liveTables, boolean secondaryIndexes) {
        String schema = settings.schema() + "_replay";
        sql.update("CREATE SCHEMA IF NOT EXISTS " + schema);
        Map<String, String> shadows = new LinkedHashMap<>();
        for (String live : liveTables) {
            String shadow = schema + "." + live.substring(live.indexOf('.') + 1);
            sql.update("DROP TABLE IF EXISTS " + shadow);
            sql.update("CREATE TABLE " + shadow + " (LIKE " + live + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
                    + " INCLUDING INDEXES)");
            if (!secondaryIndexes) {
                sql.list("SELECT i.indexrelid::regclass::text FROM pg_index i WHERE i.indrelid = ?::regclass"
                                + " AND NOT i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                                + " WHERE c.conindid = i.indexrelid)", rows -> rows.getString(1), shadow)
                        .forEach(index -> sql.update("DROP INDEX " + index));
            }
            shadows.put(live, shadow);
        }
        return shadows;
    }

    /** Drops the shadow tables. */
    public void drop(Map<String, String> shadows) {
        shadows.values().forEach(shadow -> sql.update("DROP TABLE IF EXISTS " + shadow));
    }

    /** Compares every live table with its shadow, row by row, keyed by the table's primary key. */
    public Comparison compare(Map<String, String> shadows, int reportAtMost) {
        long count = 0;
        List<Difference> first = new ArrayList<>();
        for (Map.Entry<String, String> table : shadows.entrySet()) {
            List<String> key = primaryKey(table.getKey());
            List<String[]> rows = differingRows(table.getKey(), table.getValue(), key);
            Map<String, JsonNode[]> byKey = new LinkedHashMap<>();
            for (String[] row : rows) {
                JsonNode value = read(row[1]);
                JsonNode rowKey = keyOf(value, key);
                JsonNode[] sides = byKey.computeIfAbsent(rowKey.toString(), k -> new JsonNode[3]);
                sides[0] = rowKey;
                sides[row[0].equals("live") ? 1 : 2] = value;
            }
            for (JsonNode[] sides : byKey.values()) {
                count++;
                if (first.size() < reportAtMost) {
                    first.add(difference(table.getKey(), sides[0], sides[1], sides[2]));
                }
            }
        }
        return new Comparison(count, List.copyOf(first));
    }

    /**
     * The rows only one side has, as {"live" or "rebuilt", row as JSON}; rows are compared as rows (fast), only the
     * differing ones are turned into JSON. With a primary key, one pass joins the two sides on it (two NULL columns
     * are equal); without, each side's rows less the other's (as a multiset), with memory enough to hash them.
     */
    private List<String[]> differingRows(String live, String shadow, List<String> key) {
        if (!key.isEmpty()) {
            String on = String.join(" AND ", key.stream().map(column -> "\"" + column.replace("\"", "\"\"") + "\"")
                    .map(column -> "l." + column + " = s." + column).toList());
            List<String[]> rows = new ArrayList<>();
            sql.list("SELECT to_jsonb(l)::text, to_jsonb(s)::text FROM " + live + " l FULL JOIN " + shadow + " s ON "
                    + on + " WHERE l IS DISTINCT FROM s", found -> new String[] {found.getString(1),
                    found.getString(2)}).forEach(pair -> {
                        if (pair[0] != null) {
                            rows.add(new String[] {"live", pair[0]});
                        }
                        if (pair[1] != null) {
                            rows.add(new String[] {"rebuilt", pair[1]});
                        }
                    });
            return rows;
        }
        return axon.transactionManager().fetchInTransaction(() -> {
            sql.update("SET LOCAL work_mem = '256MB'");
            return sql.list("SELECT 'live', to_jsonb(a)::text FROM (SELECT * FROM " + live + " EXCEPT ALL SELECT *"
                    + " FROM " + shadow + ") a UNION ALL SELECT 'rebuilt', to_jsonb(b)::text FROM (SELECT * FROM "
                    + shadow + " EXCEPT ALL SELECT * FROM " + live + ") b",
                    found -> new String[] {found.getString(1), found.getString(2)});
        });
    }

    /** Replaces the live rows with the rebuilt ones, in the caller's transaction. */
    public void copyOverLive(Map<String, String> shadows) {
        sql.update("TRUNCATE " + String.join(", ", shadows.keySet()));
        shadows.forEach((live, shadow) -> sql.update("INSERT INTO " + live + " SELECT * FROM " + shadow));
    }

    private Difference difference(String table, JsonNode key, JsonNode live, JsonNode rebuilt) {
        if (live == null || rebuilt == null) {
            return new Difference(table, key, live, rebuilt);
        }
        ObjectNode liveColumns = mapper.createObjectNode();
        ObjectNode rebuiltColumns = mapper.createObjectNode();
        for (Iterator<String> names = live.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!live.get(name).equals(rebuilt.get(name))) {
                liveColumns.set(name, live.get(name));
                rebuiltColumns.set(name, rebuilt.get(name));
            }
        }
        return new Difference(table, key, liveColumns, rebuiltColumns);
    }

    private List<String> primaryKey(String table) {
        return sql.list("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                + " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY a.attnum",
                rows -> rows.getString(1), table);
    }

    private JsonNode keyOf(JsonNode row, List<String> key) {
        if (key.isEmpty()) {
            return row;
        }
        ObjectNode found = mapper.createObjectNode();
        key.forEach(column -> found.set(column, row.get(column)));
        return found;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
