package org.relieftrace.supplies.stocktake;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.stock.StocktakeRules;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeSummary;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeView;

/**
 * 盘点查询 — the only reader of the stocktake read model, through Hibernate Reactive on the event loop: a depot's
 * count sessions, each with the {@code actions} its caller may take, computed by {@link StocktakeRules} as the
 * depot's stock book enforces them.
 */
@ApplicationScoped
public class StocktakeQueries {

    private static final String OF_DEPOT = "depotId = ?1 order by case when status = 'APPROVED' then 1 else 0 end,"
            + " openedAt desc nulls last, stocktakeId";

    /**
     * A depot's count sessions, open and counted ones first, then newest first.
     *
     * @param actsHere the caller may act at the depot
     */
    @WithSession
    public Uni<ListPage<StocktakeSummary>> stocktakes(UUID depotId, Caller caller, boolean actsHere, int page,
                                                      int size) {
        return ReactivePages.page(StocktakeEntry.<StocktakeEntry>find(OF_DEPOT, depotId), page, size,
                entry -> entry.summary(caller, actsHere));
    }

    /** A count session of the depot with its variance lines, if there is one. */
    @WithSession
    public Uni<Optional<StocktakeView>> stocktake(UUID depotId, UUID stocktakeId, Caller caller, boolean actsHere) {
        return StocktakeEntry.<StocktakeEntry>find("stocktakeId = ?1 and depotId = ?2", stocktakeId, depotId)
                .firstResult().chain(entry -> entry == null
                        ? Uni.createFrom().item(Optional.<StocktakeView>empty())
                        : StocktakeLineEntry.<StocktakeLineEntry>list(
                                "stocktakeId = ?1 order by itemCode, lotId", stocktakeId)
                        .map(lines -> Optional.of(entry.view(lines.stream().map(StocktakeLineEntry::view).toList(),
                                caller, actsHere))));
    }
}
