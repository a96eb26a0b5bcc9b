package org.relieftrace.platform.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one thread's {@link Sql} statements go instead of the live tables: during a projection replay into a shadow
 * copy, each live table (schema-qualified, as projections write them) is replaced by its shadow; when recording,
 * statements that change rows are only noted, not run (how a projection's tables are found from its reset handler).
 */
public final class SqlRedirect {

    private final Map<Pattern, String> tables = new LinkedHashMap<>();
    final List<String> recorded;
    final boolean batched;
    private final Map<String, String> rewritten = new ConcurrentHashMap<>();
    private final Map<String, String> tableOf = new ConcurrentHashMap<>();

    private SqlRedirect(Map<String, String> tables, boolean record, boolean batched) {
        tables.forEach((live, shadow) -> this.tables.put(Pattern.compile("(?i)(?<![\\w.\"])"
                + Pattern.quote(live) + "(?![\\w\"])"), Matcher.quoteReplacement(shadow)));
        this.recorded = record ? new ArrayList<>() : null;
        this.batched = batched;
    }

    /** Statements go to the shadow tables instead of the live ones (both {@code schema.table}). */
    public static SqlRedirect toShadow(Map<String, String> tables) {
        return new SqlRedirect(tables, false, false);
    }

    /**
     * Statements go to the shadow tables, and those that change rows are held back and sent in JDBC batches
     * (for a {@link BatchedReplay} projection): before every read on the thread and at {@link #flush()}.
     */
    public static SqlRedirect toShadowBatched(Map<String, String> tables) {
        return new SqlRedirect(tables, false, true);
    }

    /** Statements that change rows are recorded, not run. */
    public static SqlRedirect recording() {
        return new SqlRedirect(Map.of(), true, false);
    }

    /** The one table of the redirect a statement names, or "" when it names none or several. */
    String table(String sql) {
        return tableOf.computeIfAbsent(sql, statement -> {
            String found = "";
            for (Map.Entry<Pattern, String> table : tables.entrySet()) {
                if (table.getKey().matcher(statement).find()) {
                    if (!found.isEmpty()) {
                        return "";
                    }
                    found = table.getValue();
                }
            }
            return found;
        });
    }

    /** The statements recorded. */
    public List<String> recorded() {
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    String rewrite(String sql) {
        return tables.isEmpty() ? sql : rewritten.computeIfAbsent(sql, statement -> {
            String result = statement;
            for (Map.Entry<Pattern, String> table : tables.entrySet()) {
                result = table.getKey().matcher(result).replaceAll(table.getValue());
            }
            return result;
        });
    }
}
