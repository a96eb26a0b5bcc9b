package org.relieftrace.supplies.distribution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.supplies.stock.StockCommands.Want;

/** The commands of handing goods to households (分发). */
public final class DistributionCommands {

    private DistributionCommands() {
    }

    /** A household as the depot knows it from the registry: where it lives and its members' ID numbers. */
    public record Household(UUID householdId, String division, List<String> memberIdNumbers) {
    }

    /**
     * 分发 — hand one item to one household for one disaster from a depot in {@code depotDivision}: claims the
     * household's allowance (when the item has a {@code limit}, null: none) and issues the stock in one unit of work.
     */
    public record DistributeToHousehold(UUID depotId, String depotDivision, UUID distributionId, Household household,
                                        UUID disasterId, String recipientName, String recipientIdNumber, Want want,
                                        Long limit, LocalDate today) {
    }

    /**
     * 分发冲正审批 — approve the waiting reversal of a distribution (by a second user): the depot takes the goods back
     * into their lots and the household's allowance for the disaster is given back, in one unit of work.
     */
    public record ReverseDistribution(UUID depotId, UUID distributionId, String approvedBy) {
    }
}
