package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.supplies.ReceiptSource;
import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.axon.EventJson;
import org.relieftrace.supplies.stock.StockEvents.StockDistributed;
import org.relieftrace.supplies.stock.StockEvents.StockReserved;
import org.relieftrace.supplies.stock.StockEvents.StocktakeCounted;
import org.relieftrace.supplies.stock.StockEvents.StocktakeStarted;
import org.relieftrace.supplies.stock.StockEvents.Variance;
import org.relieftrace.supplies.stock.StockEvents.WriteOffRequested;

import static org.assertj.core.api.Assertions.assertThat;

class DepotStockSnapshotTest {

    private static final UUID DEPOT = UUID.randomUUID();

    @Test
    void aSnapshotOfAStockBookReadsBackToTheSameBook() throws Exception {
        UUID lot = UUID.randomUUID();
        UUID stocktake = UUID.randomUUID();
        LocalDate made = LocalDate.of(2026, 1, 1);
        List<Object> events = List.of(
                new StockReceived(DEPOT, UUID.randomUUID(), lot, "TENT-12", "T-1", 40, "顶", "12㎡", "重庆", made,
                        LocalDate.of(2030, 1, 1), made, ReceiptSource.PROCUREMENT, "HT-1", "某厂"),
                new StockReserved(DEPOT, UUID.randomUUID(), List.of(new LotQuantity(lot, "TENT-12", "T-1", "顶", made,
                        LocalDate.of(2030, 1, 1), 5))),
                new StockDistributed(DEPOT, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "张三", "x",
                        List.of(new LotQuantity(lot, "TENT-12", "T-1", "顶", made, LocalDate.of(2030, 1, 1), 1))),
                new WriteOffRequested(DEPOT, UUID.randomUUID(), lot, 2, "DAMAGED", "keeper"),
                new StocktakeStarted(DEPOT, stocktake, "keeper"),
                new StocktakeCounted(DEPOT, stocktake, List.of(new Variance(lot, "TENT-12", 39, 38, "破损")), "keeper"));
        DepotStock book = new DepotStock();
        AggregateModel<DepotStock> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(DepotStock.class);
        long sequence = 0;
        for (Object event : events) {
            model.publish(new GenericDomainEventMessage<>("DepotStock", DEPOT.toString(), sequence++, event), book);
        }

        ObjectMapper snapshots = EventJson.snapshotMapper();
        String json = snapshots.writeValueAsString(book);
        DepotStock read = snapshots.readValue(json, DepotStock.class);

        assertThat(snapshots.writeValueAsString(read)).isEqualTo(json);
        assertThat(read.lots().lot(lot).onHand()).isEqualTo(39);
        assertThat(read.lots().lot(lot).reserved()).isEqualTo(5);
        assertThat(json).contains("\"requestedBy\":\"keeper\"", "\"counted\":38");
    }
}
