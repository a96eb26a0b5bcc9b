package org.relieftrace.contracts.store;

/**
 * 事件类型名 — the payload type names under which the services store some of their own events in the shared event
 * store, for tools that write events straight into it (a bulk migration, the benchmarks' loaders). A stored type name
 * is part of the store's format — auditors filter by it, the services' serializers and upcasters key on it — so it
 * stays the same when a class is renamed; an event published to other services is named by its class in this module
 * instead ({@code StockReceived.class.getName()}).
 */
public enum StoredPayloadType {

    /** 库存 — stock of a depot (aggregate type {@code DepotStock}). */
    STOCK_RESERVED("org.relieftrace.supplies.stock.StockEvents$StockReserved"),
    RESERVATION_ISSUED("org.relieftrace.supplies.stock.StockEvents$ReservationIssued"),
    TRANSFERRED_STOCK_RECEIVED("org.relieftrace.supplies.stock.StockEvents$TransferredStockReceived"),
    STOCK_DISTRIBUTED("org.relieftrace.supplies.stock.StockEvents$StockDistributed"),

    /** 调拨单 — a transfer (aggregate type {@code Transfer}). */
    TRANSFER_REQUESTED("org.relieftrace.supplies.transfer.TransferEvents$TransferRequested"),
    TRANSFER_RESERVED("org.relieftrace.supplies.transfer.TransferEvents$TransferReserved"),
    TRANSFER_DISPATCHED("org.relieftrace.supplies.transfer.TransferEvents$TransferDispatched"),
    TRANSFER_RECEIVED("org.relieftrace.supplies.transfer.TransferEvents$TransferReceived"),
    TRANSFER_CLOSED("org.relieftrace.supplies.transfer.TransferEvents$TransferClosed"),

    /** 救助案件 — a relief case (aggregate type {@code ReliefCase}). */
    CASE_OPENED("org.relieftrace.relief.reliefcase.CaseEvents$CaseOpened"),
    CASE_APPRAISED("org.relieftrace.relief.reliefcase.CaseEvents$CaseAppraised"),
    CASE_POSTED_ON_NOTICE("org.relieftrace.relief.reliefcase.CaseEvents$CasePostedOnNotice"),
    CASE_REVIEWED("org.relieftrace.relief.reliefcase.CaseEvents$CaseReviewed"),
    CASE_APPROVED("org.relieftrace.relief.reliefcase.CaseEvents$CaseApproved"),

    /** 公示 — a public notice. */
    NOTICE_POSTED("org.relieftrace.relief.reliefcase.NoticeEvents$NoticePosted"),

    /** 资金 — a relief fund. */
    FUNDS_COMMITTED("org.relieftrace.relief.fund.FundEvents$FundsCommitted");

    private final String typeName;

    StoredPayloadType(String typeName) {
        this.typeName = typeName;
    }

    /** The payload type name as stored in the event store's {@code payload_type} column. */
    public String typeName() {
        return typeName;
    }

}
