package org.relieftrace.platform.readmodel;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;

/**
 * 分页列表 from a read model: one page of a Panache query as the API's one list envelope, its {@code total}
 * counted by the database. Runs in the caller's Hibernate Reactive session, the count first, then the page (a
 * session runs one statement at a time); a page past the end costs no second query.
 */
public final class ReactivePages {

    private ReactivePages() {
    }

    /** Page {@code page} (from 0) of {@code size} rows of {@code query}, each row mapped to its view. */
    public static <E, V> Uni<ListPage<V>> page(PanacheQuery<E> query, int page, int size,
                                               Function<? super E, ? extends V> view) {
        return query.count().chain(total -> {
            if ((long) page * size >= total) {
                return Uni.createFrom().item(new ListPage<V>(List.of(), page, size, total));
            }
            return query.page(page, size).list()
                    .map(rows -> new ListPage<V>(rows.stream().<V>map(view).toList(), page, size, total));
        });
    }
}
