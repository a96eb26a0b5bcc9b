package org.relieftrace.gateway.console.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.gateway.console.ConsoleApi;

/**
 * The whole of a paged list, read page by page through the same API call the page makes (so the service masks and
 * records the reads as for the page), up to {@value #MAX_ROWS} rows.
 */
public final class Paging {

    /** The most rows an export holds; a longer list is cut and the sheet says so. */
    public static final int MAX_ROWS = 50_000;

    /** The largest page the API gives. */
    static final int PAGE_SIZE = 500;

    /** What was read, and how long the list is. */
    public record All<T>(List<T> items, long total) {

        /** Whether the list is longer than what was read. */
        public boolean cut() {
            return total > items.size();
        }
    }

    private Paging() {
    }

    /** Every page of {@code path} (its filters in the query; {@code page} and {@code size} are added). */
    public static <T> All<T> all(ConsoleApi api, String path, Class<T> item) {
        return all(page -> api.list(page(path, PAGE_SIZE, page), item));
    }

    /** One page of a list: {@code path} (its filters in the query) with {@code size} and {@code page} added. */
    public static String page(String path, int size, int page) {
        return path + (path.contains("?") ? "&" : "?") + "size=" + size + "&page=" + page;
    }

    /** Every page the function reads, page 0 first, until the list's total or {@value #MAX_ROWS} rows. */
    public static <T> All<T> all(IntFunction<ListPage<T>> pageAt) {
        List<T> items = new ArrayList<>();
        long total = 0;
        for (int page = 0; items.size() < MAX_ROWS; page++) {
            ListPage<T> answer = pageAt.apply(page);
            total = Math.max(total, answer.total());
            items.addAll(answer.items());
            if (answer.items().isEmpty() || items.size() >= answer.total()) {
                break;
            }
        }
        List<T> kept = items.size() > MAX_ROWS ? items.subList(0, MAX_ROWS) : items;
        return new All<>(List.copyOf(kept), Math.max(total, items.size()));
    }
}
