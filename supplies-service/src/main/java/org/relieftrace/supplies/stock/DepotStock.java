package org.relieftrace.supplies.stock;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.stock.StockCommands.*;
import org.relieftrace.supplies.stock.StockEvents.*;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 库存账 — the stock book of one depot: every lot, what is reserved from it, what left it, and the corrections of
 * the book (write-offs, 报损; stocktakes, 盘点). Every change of a depot's goods is decided here, one command at a
 * time, so that stock never goes negative under concurrency. The rules live in the value objects it owns —
 * {@link Lots} (first expiry first out), {@link Receipts}, {@link Handouts}, {@link WriteOffs}, {@link CountSession},
 * {@link Reversals} (冲正) — and in {@link StocktakeRules}, {@link WriteOffRules} and {@link ReversalRules}, which
 * the views' actions share. The revision names the
 * shape of its snapshots: bump it when the fields change, and older snapshots are ignored.
 */
@AggregateRoot
@Revision("5")
public class DepotStock {

    @AggregateIdentifier
    private UUID depotId;
    /** The depot's lots and reservations (the JSON of the audit's state names it {@code book}). */
    private final Lots book = new Lots();
    /** Transfers whose goods arrived here (each only once). */
    private final Set<UUID> arrivals = new HashSet<>();
    private final Handouts handouts = new Handouts();
    private final WriteOffs writeOffs = new WriteOffs();
    private final Reversals reversals = new Reversals();
    /** The open count session, if any. */
    private CountSession stocktake;

    protected DepotStock() {
        // for Axon
    }

    /** The depot's lots, as its events built them. */
    public Lots lots() {
        return book;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(ReceiveStock command) {
        Receipts.check(command, book);
        for (ReceiptLine line : command.lines()) {
            apply(new StockReceived(command.depotId(), command.receiptId(), line.lotId(), line.itemCode(),
                    line.lotNumber(), line.quantity(), line.unit(), line.specification(), line.origin(),
                    line.producedOn(), line.expiresOn(), command.receivedOn(), command.source(), command.reference(),
                    command.supplier()));
        }
        return command.receiptId();
    }

    /** Sets stock aside; a shortfall is recorded as a refusal (the transfer saga then fails the transfer). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReserveStock command) {
        if (book.isReserved(command.reservationId())) {
            return;
        }
        try {
            apply(new StockReserved(command.depotId(), command.reservationId(),
                    book.take(command.wants(), command.today())));
        } catch (DomainRuleViolation refused) {
            String item = refused.arguments().isEmpty() ? null : String.valueOf(refused.arguments().get(0));
            apply(new StockReservationRefused(command.depotId(), command.reservationId(), refused.code(), item));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReleaseReservation command) {
        if (book.isReserved(command.reservationId())) {
            apply(new ReservationReleased(command.depotId(), command.reservationId(),
                    book.reservation(command.reservationId()), command.why()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueReservation command) {
        if (book.isReserved(command.reservationId())) {
            apply(new ReservationIssued(command.depotId(), command.reservationId(),
                    book.reservation(command.reservationId())));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveTransferredStock command) {
        if (!arrivals.contains(command.transferId())) {
            apply(new TransferredStockReceived(command.depotId(), command.transferId(), command.fromDepotId(),
                    command.receivedOn(), command.lots()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Handed handle(DistributeStock command) {
        Want want = command.want();
        handouts.checkLimit(command.householdId(), command.disasterId(), want.itemCode(), want.quantity(),
                command.limit());
        List<LotQuantity> taken = book.take(List.of(want), command.today());
        apply(new StockDistributed(command.depotId(), command.distributionId(), command.householdId(),
                command.disasterId(), command.recipientName(), command.recipientIdNumber(), taken));
        return new Handed(taken);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetReserveNorm command) {
        apply(new ReserveNormSet(command.depotId(), command.itemCode(), command.quantity()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestWriteOff command) {
        WriteOffs.requireAvailable(book.lot(command.lotId()), command.quantity());
        apply(new WriteOffRequested(command.depotId(), command.writeOffId(), command.lotId(), command.quantity(),
                command.kind(), command.requestedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApproveWriteOff command) {
        WriteOffs.Pending pending = writeOffs.approvable(command.writeOffId(), command.approvedBy());
        Lot lot = book.lot(pending.lotId());
        WriteOffs.requireAvailable(lot, pending.quantity());
        apply(new StockWrittenOff(command.depotId(), command.writeOffId(), pending.lotId(), lot.itemCode(),
                pending.quantity(), pending.kind(), command.approvedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartStocktake command) {
        CountSession.requireNoneOpen(stocktake);
        apply(new StocktakeStarted(command.depotId(), command.stocktakeId(), command.startedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordCount command) {
        CountSession.requireReasons(book, command.counts());
        CountSession.requireOpen(stocktake, command.stocktakeId());
        apply(new StocktakeCounted(command.depotId(), command.stocktakeId(),
                CountSession.variances(book, command.counts()), command.countedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApproveStocktake command) {
        CountSession.requireOpen(stocktake, command.stocktakeId());
        stocktake.requireApprovableBy(command.approvedBy());
        stocktake.adjustments(book).forEach(line -> apply(new StockAdjusted(command.depotId(), command.stocktakeId(),
                line.lotId(), line.itemCode(), line.counted() - line.book(), line.reason())));
        apply(new StocktakeApproved(command.depotId(), command.stocktakeId(), command.approvedBy()));
    }

    /** 冲正申请 — a receipt or distribution of this depot, not reversed, with a reason; a receipt's goods still here. */
    @CommandHandler
    public void handle(RequestReversal command) {
        apply(reversals.request(book, handouts, command));
    }

    /** 冲正审批 — by a second user; answers the distribution reversed (null: a receipt), to give its allowance back. */
    @CommandHandler
    public ReversedDistribution handle(ApproveReversal command) {
        Object reversed = reversals.approve(book, handouts, command);
        apply(reversed);
        return reversed instanceof DistributionReversed d ? new ReversedDistribution(d.householdId(), d.disasterId())
                : null;
    }

    @CommandHandler
    public void handle(RejectReversal command) {
        apply(reversals.rejection(command));
    }

    @EventSourcingHandler
    void on(StockReceived event) {
        depotId = event.depotId();
        LotQuantity label = new LotQuantity(event.lotId(), event.itemCode(), event.lotNumber(), event.unit(),
                event.producedOn(), event.expiresOn(), event.quantity());
        book.add(event.lotId(), label, event.quantity());
        reversals.received(event.receiptId(), label);
    }

    @EventSourcingHandler
    void on(StockReserved event) {
        depotId = event.depotId();
        book.reserve(event.reservationId(), event.lots());
    }

    @EventSourcingHandler
    void on(StockReservationRefused event) {
        depotId = event.depotId();
    }

    @EventSourcingHandler
    void on(ReservationReleased event) {
        book.release(event.reservationId());
    }

    @EventSourcingHandler
    void on(ReservationIssued event) {
        book.issue(event.reservationId());
    }

    @EventSourcingHandler
    void on(TransferredStockReceived event) {
        depotId = event.depotId();
        arrivals.add(event.transferId());
        event.lots().forEach(lot -> book.add(lot.lotId(), lot.source(), lot.received()));
    }

    @EventSourcingHandler
    void on(StockDistributed event) {
        event.lots().forEach(part -> book.remove(part.lotId(), part.quantity()));
        handouts.handed(event);
    }

    @EventSourcingHandler
    void on(ReversalRequested event) {
        reversals.requested(event);
    }

    @EventSourcingHandler
    void on(ReversalRejected event) {
        reversals.rejected(event.recordId());
    }

    @EventSourcingHandler
    void on(ReceiptReversed event) {
        event.lots().forEach(part -> book.remove(part.lotId(), part.quantity()));
        reversals.reversed(event.receiptId());
    }

    @EventSourcingHandler
    void on(DistributionReversed event) {
        event.lots().forEach(part -> book.remove(part.lotId(), -part.quantity()));
        handouts.reversed(event);
        reversals.reversed(event.distributionId());
    }

    @EventSourcingHandler
    void on(ReserveNormSet event) {
        depotId = event.depotId();
    }

    @EventSourcingHandler
    void on(WriteOffRequested event) {
        writeOffs.requested(event.writeOffId(), new WriteOffs.Pending(event.lotId(), event.quantity(),
                event.kind(), event.requestedBy()));
    }

    @EventSourcingHandler
    void on(StockWrittenOff event) {
        writeOffs.done(event.writeOffId());
        book.remove(event.lotId(), event.quantity());
    }

    @EventSourcingHandler
    void on(StocktakeStarted event) {
        depotId = event.depotId();
        stocktake = new CountSession(event.stocktakeId(), event.startedBy());
    }

    @EventSourcingHandler
    void on(StocktakeCounted event) {
        stocktake.counted(event.countedBy(), event.lines());
    }

    @EventSourcingHandler
    void on(StockAdjusted event) {
        book.remove(event.lotId(), -event.delta());
    }

    @EventSourcingHandler
    void on(StocktakeApproved event) {
        stocktake = null;
    }
}
