package org.relieftrace.supplies.distribution;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.supplies.distribution.HouseholdLimitViews.HouseholdLimitView;

/** 户均限额查询 — the limits set per disaster and item, from the household limit read model (Hibernate Reactive). */
@ApplicationScoped
public class HouseholdLimitQueries {

    private static final Sort BY_DISASTER_AND_ITEM = Sort.by("disasterId").and("itemCode");

    @Inject
    HouseholdLimits limits;

    /** The limits set, optionally for one disaster, by disaster and item, read on the event loop. */
    @WithSession
    public Uni<ListPage<HouseholdLimitView>> limits(UUID disasterId, int page, int size) {
        PanacheQuery<HouseholdLimitEntry> query = disasterId == null
                ? HouseholdLimitEntry.findAll(BY_DISASTER_AND_ITEM)
                : HouseholdLimitEntry.find("disasterId", BY_DISASTER_AND_ITEM, disasterId);
        return ReactivePages.page(query, page, size, entry -> new HouseholdLimitView(entry.disasterId,
                entry.itemCode, entry.quantity, limits.configured(entry.itemCode), entry.setBy, entry.setAt,
                entry.reason));
    }
}
