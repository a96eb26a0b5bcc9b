package org.relieftrace.supplies.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.stock.StockCommands.ApproveStocktake;
import org.relieftrace.supplies.stock.StockCommands.ApproveWriteOff;
import org.relieftrace.supplies.stock.StockCommands.RecordCount;
import org.relieftrace.supplies.stock.StockCommands.RequestWriteOff;
import org.relieftrace.supplies.stock.StockCommands.StartStocktake;
import org.relieftrace.supplies.stock.StockEvents.StockAdjusted;
import org.relieftrace.supplies.stock.StockEvents.StockWrittenOff;
import org.relieftrace.supplies.stock.StockEvents.StocktakeApproved;
import org.relieftrace.supplies.stock.StockEvents.StocktakeCounted;
import org.relieftrace.supplies.stock.StockEvents.StocktakeStarted;
import org.relieftrace.supplies.stock.StockEvents.Variance;
import org.relieftrace.supplies.stock.StockEvents.WriteOffRequested;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 报损与盘点 — the corrections of a depot's stock book: write-offs (expired, damaged, lost; approved by someone other
 * than the requester) and stocktakes (a count session whose variances become adjustments, so that book = shelf).
 * The part of {@link DepotStock} that corrects the book rather than moving goods.
 */
public abstract class DepotStockCorrections {

    /** A write-off waiting for its approver. */
    public static class PendingWriteOff {
        public UUID lotId;
        public long quantity;
        public String kind;
        public String requestedBy;

        @Override
        public boolean equals(Object other) {
            return other instanceof PendingWriteOff that && quantity == that.quantity
                    && Objects.equals(lotId, that.lotId) && Objects.equals(kind, that.kind)
                    && Objects.equals(requestedBy, that.requestedBy);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lotId, quantity);
        }
    }

    /** The depot's lots and reservations. */
    protected final StockBook book = new StockBook();
    private final Map<UUID, PendingWriteOff> writeOffs = new HashMap<>();
    private UUID openStocktake;
    private String countedBy;
    private final Map<UUID, Variance> counted = new HashMap<>();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestWriteOff command) {
        StockBook.Lot lot = book.lot(command.lotId());
        if (command.quantity() > lot.available()) {
            throw new DomainRuleViolation("insufficient-stock", "Only " + lot.available() + " of lot "
                    + lot.lotNumber + " can be written off", lot.itemCode, lot.available(), command.quantity());
        }
        apply(new WriteOffRequested(command.depotId(), command.writeOffId(), command.lotId(), command.quantity(),
                command.kind(), command.requestedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApproveWriteOff command) {
        PendingWriteOff pending = writeOffs.get(command.writeOffId());
        if (pending == null) {
            throw new DomainRuleViolation("write-off-not-pending", "Write-off " + command.writeOffId()
                    + " is not waiting for approval", command.writeOffId());
        }
        if (pending.requestedBy.equals(command.approvedBy())) {
            throw new DomainRuleViolation("approver-is-requester", "The requester of a write-off cannot approve it");
        }
        StockBook.Lot lot = book.lot(pending.lotId);
        if (pending.quantity > lot.available()) {
            throw new DomainRuleViolation("insufficient-stock", "Only " + lot.available() + " of lot "
                    + lot.lotNumber + " can be written off", lot.itemCode, lot.available(), pending.quantity);
        }
        apply(new StockWrittenOff(command.depotId(), command.writeOffId(), pending.lotId, lot.itemCode,
                pending.quantity, pending.kind, command.approvedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartStocktake command) {
        if (openStocktake != null) {
            throw new DomainRuleViolation("stocktake-open", "Stocktake " + openStocktake + " is still open",
                    openStocktake);
        }
        apply(new StocktakeStarted(command.depotId(), command.stocktakeId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordCount command) {
        requireOpen(command.stocktakeId());
        List<Variance> lines = new ArrayList<>();
        for (StockCommands.Count count : command.counts()) {
            StockBook.Lot lot = book.lot(count.lotId());
            lines.add(new Variance(count.lotId(), lot.itemCode, lot.onHand, count.counted(), count.reason()));
        }
        apply(new StocktakeCounted(command.depotId(), command.stocktakeId(), lines, command.countedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApproveStocktake command) {
        requireOpen(command.stocktakeId());
        if (countedBy == null) {
            throw new DomainRuleViolation("stocktake-not-counted", "Stocktake " + command.stocktakeId()
                    + " has no count yet", command.stocktakeId());
        }
        if (countedBy.equals(command.approvedBy())) {
            throw new DomainRuleViolation("approver-is-requester", "Who counted cannot approve the count");
        }
        for (Variance line : counted.values()) {
            StockBook.Lot lot = book.lot(line.lotId());
            long delta = line.counted() - line.book();
            if (lot.onHand + delta < lot.reserved) {
                throw new DomainRuleViolation("insufficient-stock", "Lot " + lot.lotNumber + " would hold less than"
                        + " is reserved from it", lot.itemCode, lot.onHand + delta, lot.reserved);
            }
        }
        counted.values().stream().filter(line -> line.counted() != line.book())
                .forEach(line -> apply(new StockAdjusted(command.depotId(), command.stocktakeId(), line.lotId(),
                        line.itemCode(), line.counted() - line.book(), line.reason())));
        apply(new StocktakeApproved(command.depotId(), command.stocktakeId(), command.approvedBy()));
    }

    private void requireOpen(UUID stocktakeId) {
        if (!stocktakeId.equals(openStocktake)) {
            throw new DomainRuleViolation("stocktake-not-open", "Stocktake " + stocktakeId + " is not open",
                    stocktakeId);
        }
    }

    /** Names the depot when one of these events is the first of its book. */
    protected abstract void identify(UUID depotId);

    @EventSourcingHandler
    void on(WriteOffRequested event) {
        PendingWriteOff pending = new PendingWriteOff();
        pending.lotId = event.lotId();
        pending.quantity = event.quantity();
        pending.kind = event.kind();
        pending.requestedBy = event.requestedBy();
        writeOffs.put(event.writeOffId(), pending);
    }

    @EventSourcingHandler
    void on(StockWrittenOff event) {
        writeOffs.remove(event.writeOffId());
        book.remove(event.lotId(), event.quantity());
    }

    @EventSourcingHandler
    void on(StocktakeStarted event) {
        identify(event.depotId());
        openStocktake = event.stocktakeId();
        countedBy = null;
        counted.clear();
    }

    @EventSourcingHandler
    void on(StocktakeCounted event) {
        countedBy = event.countedBy();
        event.lines().forEach(line -> counted.put(line.lotId(), line));
    }

    @EventSourcingHandler
    void on(StockAdjusted event) {
        book.remove(event.lotId(), -event.delta());
    }

    @EventSourcingHandler
    void on(StocktakeApproved event) {
        openStocktake = null;
        countedBy = null;
        counted.clear();
    }
}
