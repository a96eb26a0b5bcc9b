package org.relieftrace.supplies.request;

/** 逐级审批 — a request is approved tier by tier: a village's by its township, a township's by the county. */
final class ApprovalTiers {

    private ApprovalTiers() {
    }

    /** The division directly above: a village's township, a township's county. */
    static String above(String division) {
        return division.endsWith("000") ? division.substring(0, 6) + "000000" : division.substring(0, 9) + "000";
    }
}
