package org.relieftrace.supplies.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import org.relieftrace.platform.readmodel.Sql;

/**
 * 历史库存 — the stock of the depots of a division as it stood at a moment, replayed from each depot's own events up
 * to that moment (never from snapshots or mutable tables); without a moment, the live read model.
 */
@ApplicationScoped
public class StockAtMoment {

    /** One item's totals. */
    public record ItemStock(String itemCode, long onHand, long reserved) {
    }

    /** One depot's totals. */
    public record DepotItems(UUID depotId, String code, String name, String division, List<ItemStock> items) {
    }

    /** 区域库存 — a division's stock, at a moment or now. */
    public record DivisionStock(String division, Instant at, List<ItemStock> items, List<DepotItems> depots) {
    }

    private record KnownDepot(UUID id, String code, String name, String division) {
    }

    private static final AggregateModel<DepotStock> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(DepotStock.class);

    @Inject
    Sql sql;

    @Inject
    EventStore eventStore;

    public DivisionStock stock(String division, String prefix, Instant at) {
        List<KnownDepot> depots = sql.list("SELECT depot_id, code, name, division_code FROM supplies.known_depot"
                        + " WHERE division_code LIKE ? ORDER BY division_code, code",
                r -> new KnownDepot(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4)),
                prefix + "%");
        Map<String, long[]> total = new TreeMap<>();
        List<DepotItems> perDepot = new ArrayList<>();
        for (KnownDepot depot : depots) {
            Map<String, long[]> items = at == null ? live(depot.id()) : replayed(depot.id(), at);
            if (items.isEmpty()) {
                continue;
            }
            items.forEach((item, q) -> {
                long[] sum = total.computeIfAbsent(item, k -> new long[2]);
                sum[0] += q[0];
                sum[1] += q[1];
            });
            perDepot.add(new DepotItems(depot.id(), depot.code(), depot.name(), depot.division(), list(items)));
        }
        return new DivisionStock(division, at, list(total), perDepot);
    }

    private Map<String, long[]> live(UUID depotId) {
        Map<String, long[]> items = new TreeMap<>();
        sql.list("SELECT item_code, sum(on_hand), sum(reserved) FROM supplies.lot_stock WHERE depot_id = ?"
                        + " GROUP BY item_code HAVING sum(on_hand) > 0",
                r -> items.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)}), depotId);
        return items;
    }

    /** The depot's stock book rebuilt by its own event-sourcing handlers from its events up to {@code at}. */
    Map<String, long[]> replayed(UUID depotId, Instant at) {
        DepotStock book = new DepotStock();
        DomainEventStream events = eventStore.readEvents(depotId.toString(), 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(at)) {
                break;
            }
            MODEL.publish(event, book);
        }
        Map<String, long[]> items = new TreeMap<>();
        book.book.lots.values().forEach(lot -> {
            if (lot.onHand > 0) {
                long[] sum = items.computeIfAbsent(lot.itemCode, k -> new long[2]);
                sum[0] += lot.onHand;
                sum[1] += lot.reserved;
            }
        });
        return items;
    }

    private static List<ItemStock> list(Map<String, long[]> items) {
        List<ItemStock> list = new ArrayList<>();
        items.forEach((item, q) -> list.add(new ItemStock(item, q[0], q[1])));
        return list;
    }
}
