package org.relieftrace.gateway.console.trace;

import java.util.List;

/**
 * 追溯 — the supplies service's trace of a lot as the console reads it: mirrored from the service's view records
 * with only the fields the page uses (the service may answer more).
 */
public final class TraceViews {

    private TraceViews() {
    }

    /** One lot on the way: where it lay, its item, number, received and on-hand quantity. */
    public record LotStep(String depotName, String itemCode, String lotNumber, long receivedQuantity, long onHand) {
    }

    /** 入库来源 — the inbound receipt the goods came from, and the expiry of its goods. */
    public record Origin(String source, String reference, String supplier, String receivedOn, String expiresOn) {
    }

    /** Goods handed to a household from the lot or a lot descended from it. */
    public record HandedOut(long quantity, String recipientName, String at) {
    }

    /** One transfer leg that moved goods of the lot. */
    public record Leg(long quantity, Long received, String reason) {
    }

    /** 追溯 — backward to the inbound receipt, forward to every lot, transfer and household. */
    public record Trace(List<LotStep> backward, Origin origin, List<LotStep> forwardLots, List<Leg> transfers,
                        List<HandedOut> distributions) {

        public Trace {
            backward = backward == null ? List.of() : backward;
            forwardLots = forwardLots == null ? List.of() : forwardLots;
            transfers = transfers == null ? List.of() : transfers;
            distributions = distributions == null ? List.of() : distributions;
        }
    }
}
