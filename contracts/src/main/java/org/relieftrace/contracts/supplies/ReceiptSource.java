package org.relieftrace.contracts.supplies;

/** 入库来源 — where goods received into a depot came from. */
public enum ReceiptSource {
    /** 采购 — bought under a procurement contract. */
    PROCUREMENT,
    /** 捐赠 — donated. */
    DONATION,
    /** 协议储备调用 — called off from an agreement enterprise or a production-capacity agreement. */
    AGREEMENT_CALL_OFF,
    /** 退库 — returned to stock. */
    RETURN
}
