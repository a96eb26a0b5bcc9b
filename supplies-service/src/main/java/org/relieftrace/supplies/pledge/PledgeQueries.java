package org.relieftrace.supplies.pledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Conditions;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeLine;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeStatus;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeView;

/**
 * 捐赠承诺查询 — the only reader of the pledge tables, through Hibernate Reactive on the event loop. A view's
 * {@code actions} come from {@link PledgeRules#actions}, given whether the caller may act in the pledge's division.
 */
@ApplicationScoped
public class PledgeQueries {

    private static final Sort BY_EXPECTED = Sort.by("expectedOn", Sort.NullPrecedence.NULLS_LAST)
            .and("recordedAt").and("pledgeId");

    /** One pledge with its items; {@code mayActIn} answers whether the caller may act in a division. */
    @WithSession
    public Uni<Optional<PledgeView>> find(UUID pledgeId, Predicate<String> mayActIn) {
        return PledgeEntry.<PledgeEntry>findById(pledgeId).chain(entry -> entry == null
                ? Uni.createFrom().item(Optional.<PledgeView>empty())
                : lines(List.of(pledgeId)).map(lines -> Optional.of(view(entry, lines, mayActIn))));
    }

    /**
     * A page of the pledges of a division and below ({@code null}: all), of one status ({@code null}: any), the
     * soonest expected first.
     */
    @WithSession
    public Uni<ListPage<PledgeView>> list(String division, PledgeStatus status, int page, int size,
                                          Predicate<String> mayActIn) {
        Conditions filter = new Conditions().within(division).and("status = :status", "status", status);
        return ReactivePages.page(PledgeEntry.<PledgeEntry>find(filter.where(), BY_EXPECTED,
                filter.values()), page, size, entry -> entry)
                .chain(found -> lines(found.items().stream().map(e -> e.pledgeId).toList())
                .map(lines -> found.map(e -> view(e, lines, mayActIn))));
    }

    private static PledgeView view(PledgeEntry entry, Map<UUID, List<PledgeLine>> lines,
                                   Predicate<String> mayActIn) {
        return entry.view(lines.getOrDefault(entry.pledgeId, List.of()),
                PledgeRules.actions(entry.status == PledgeStatus.CLOSED, mayActIn.test(entry.divisionCode)));
    }

    private static Uni<Map<UUID, List<PledgeLine>>> lines(List<UUID> pledgeIds) {
        if (pledgeIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return PledgeLineEntry.<PledgeLineEntry>list("pledgeId in ?1 order by itemCode", pledgeIds).map(rows -> {
            Map<UUID, List<PledgeLine>> byPledge = new HashMap<>();
            rows.forEach(row -> byPledge.computeIfAbsent(row.pledgeId, id -> new ArrayList<>()).add(row.view()));
            return byPledge;
        });
    }
}
