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

    /** What a township's households received of one item for a disaster (net of reversals). */
    public record ItemQuantity(String itemCode, long quantity) {
    }

    /**
     * 分发统计 — what the depots handed to the households of one township for a disaster, net of reversed
     * distributions: how many households received goods, how many units in all, and per item.
     */
    public record TownshipDistributionView(String townshipCode, long households, long quantity,
                                           List<ItemQuantity> items) {
    }
}
