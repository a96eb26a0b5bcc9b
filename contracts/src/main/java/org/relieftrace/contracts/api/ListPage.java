package org.relieftrace.contracts.api;

import java.util.List;
import java.util.function.Function;

/**
 * 分页列表 — the one shape of every list the public API answers: one page of {@code items}, which page it is (from
 * 0), the page size asked for, and how many items the whole list holds.
 *
 * @param items the items of this page, in the list's order
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many items all pages hold together
 */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public ListPage {
        items = List.copyOf(items);
    }

    /** One page cut out of a whole list held in memory. */
    public static <T> ListPage<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new ListPage<>(all.subList(from, to), page, size, all.size());
    }

    /** The same page with every item mapped. */
    public <R> ListPage<R> map(Function<? super T, ? extends R> mapping) {
        return new ListPage<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }
}
