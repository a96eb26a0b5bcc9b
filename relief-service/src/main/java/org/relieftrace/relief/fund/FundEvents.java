package org.relieftrace.relief.fund;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import org.relieftrace.relief.fund.FundCommands.SourceLevel;
import org.relieftrace.relief.standard.ReliefCategory;

/** The events of a relief fund (救灾资金). */
public final class FundEvents {

    private FundEvents() {
    }

    /** 资金下达 — money allocated to the county. */
    @Revision("1")
    public record FundAllocated(UUID fundId, String countyCode, SourceLevel sourceLevel, String documentNumber,
                                String title, UUID disasterId, ReliefCategory category, long amountFen,
                                LocalDate allocatedOn) {
    }

    /**
     * 资金分配 — part of the fund apportioned to a township: it counts from now on. Since apportionments need a
     * second user's approval, {@code apportionmentId} names the approved {@link FundApportionmentRaised} (absent on
     * apportionments recorded before that rule).
     */
    @Revision("1")
    public record FundApportioned(UUID fundId, String townshipCode, long amountFen, UUID apportionmentId) {

        /** An apportionment as recorded before approvals were required. */
        public FundApportioned(UUID fundId, String townshipCode, long amountFen) {
            this(fundId, townshipCode, amountFen, null);
        }
    }

    /** 资金分配 (待复核) — an apportionment raised by {@code raisedBy}; it counts only once another user approves it. */
    @Revision("1")
    public record FundApportionmentRaised(UUID fundId, UUID apportionmentId, String townshipCode, long amountFen,
                                          String raisedBy) {
    }

    /** 资金分配退回 — the second user rejected a pending apportionment: it never counted, its amount is free again. */
    @Revision("1")
    public record FundApportionmentRejected(UUID fundId, UUID apportionmentId, String townshipCode, long amountFen,
                                            String rejectedBy) {
    }

    /** Money committed to an approved case out of its township's share. */
    @Revision("1")
    public record FundsCommitted(UUID fundId, UUID caseId, String townshipCode, long amountFen) {
    }

    /** A commitment given back: its approval did not go through. */
    @Revision("1")
    public record FundCommitmentReleased(UUID fundId, UUID caseId, String townshipCode, long amountFen) {
    }
}
