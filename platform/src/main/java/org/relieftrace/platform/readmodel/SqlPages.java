package org.relieftrace.platform.readmodel;

import java.util.Arrays;
import java.util.List;

import org.relieftrace.contracts.api.ListPage;

/**
 * A page of a read-model list with its total counted in SQL, the two ways the queries page: a count query before
 * the page, or the total in the page's last column ({@code count(*) OVER ()}). Each list query ends in
 * {@code LIMIT ? OFFSET ?}, bound here after the caller's values; the count query takes the caller's values alone.
 */
public final class SqlPages {

    private SqlPages() {
    }

    /** The total from {@code count}, then the page of {@code list}. */
    public static <T> ListPage<T> counted(Sql sql, String count, String list, Sql.Row<T> row, int page, int size,
                                          Object... values) {
        long total = total(sql, count, values);
        List<T> items = sql.list(list, row, paged(values, page, size));
        return new ListPage<>(items, page, size, total);
    }

    /**
     * The page of {@code list}, whose last column is {@code count(*) OVER ()}; past the last page, where no row
     * carries the total, {@code count} reads it.
     */
    public static <T> ListPage<T> windowed(Sql sql, String list, String count, Sql.Row<T> row, int page, int size,
                                           Object... values) {
        long[] total = {0};
        List<T> items = sql.list(list, rows -> {
            total[0] = rows.getLong(rows.getMetaData().getColumnCount());
            return row.read(rows);
        }, paged(values, page, size));
        if (items.isEmpty() && page > 0) {
            total[0] = total(sql, count, values);
        }
        return new ListPage<>(items, page, size, total[0]);
    }

    private static long total(Sql sql, String count, Object... values) {
        return sql.one(count, rows -> rows.getLong(1), values).orElse(0L);
    }

    private static Object[] paged(Object[] values, int page, int size) {
        Object[] paged = Arrays.copyOf(values, values.length + 2);
        paged[values.length] = size;
        paged[values.length + 1] = (long) page * size;
        return paged;
    }
}
