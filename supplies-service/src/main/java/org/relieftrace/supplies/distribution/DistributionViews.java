package org.relieftrace.supplies.distribution;

import java.util.List;
import java.util.UUID;

import org.relieftrace.supplies.stock.LotQuantity;

/** What the distribution endpoints answer. */
public final class DistributionViews {

    private DistributionViews() {
    }

    /** What a distribution answers: the lots the goods came from. */
    public record Distributed(UUID distributionId, List<LotQuantity> lots) {
    }

    /** 分发记录 — one distribution line as recorded: what a household received from which lot. */
    public record DistributionView(UUID distributionId, UUID householdId, UUID disasterId, UUID lotId,
                                   String itemCode, String lotNumber, long quantity, String recipientName) {
    }
}
