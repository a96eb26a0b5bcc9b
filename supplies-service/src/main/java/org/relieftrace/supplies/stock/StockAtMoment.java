package org.relieftrace.supplies.stock;

import java.time.Instant;
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

import org.relieftrace.supplies.stock.StockViews.ItemStock;

/**
 * 历史库存 — a depot's stock as it stood at a moment, replayed by {@link DepotStock}'s own event-sourcing handlers
 * from the depot's events up to that moment (never from snapshots or mutable tables). Used by {@link StockQueries}.
 */
@ApplicationScoped
public class StockAtMoment {

    private static final AggregateModel<DepotStock> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(DepotStock.class);

    @Inject
    EventStore eventStore;

    /** On hand and reserved per item code (items with nothing on hand left out), as of {@code at}. */
    Map<String, ItemStock> replayed(UUID depotId, Instant at) {
        DepotStock book = new DepotStock();
        DomainEventStream events = eventStore.readEvents(depotId.toString(), 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(at)) {
                break;
            }
            MODEL.publish(event, book);
        }
        Map<String, ItemStock> items = new TreeMap<>();
        for (Lot lot : book.lots().all()) {
            if (lot.onHand() > 0) {
                items.merge(lot.itemCode(), new ItemStock(lot.itemCode(), lot.onHand(), lot.reserved()),
                        ItemStock::plus);
            }
        }
        return items;
    }
}
