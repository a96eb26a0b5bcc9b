package org.relieftrace.relief.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.relief.standard.ReliefCategory;

/** What the fund endpoints answer. */
public final class FundViews {

    private FundViews() {
    }

    /** A fund as allocated. */
    public record FundView(UUID fundId, String countyCode, String sourceLevel, String documentNumber, String title,
                           UUID disasterId, ReliefCategory category, LocalDate allocatedOn) {
    }

    /** One line of the ledger. */
    public record Entry(String kind, String townshipCode, UUID caseId, UUID paymentId, long amountFen,
                        Instant recordedAt) {
    }

    /** A township's share and what it committed. */
    public record Share(String townshipCode, long apportionedFen, long committedFen) {
    }

    /**
     * 台账 — the balances: allocated = available + committed; committed = paid + outstanding; returned is what the
     * bank sent back from failed payments (reissued payments count as paid when they succeed).
     */
    public record LedgerView(FundView fund, long allocatedFen, long apportionedFen, long committedFen,
                             long paidFen, long returnedFen, long availableFen, long outstandingFen,
                             List<Share> townships, ListPage<Entry> entries) {
    }

    /** What an allocated fund answers. */
    public record FundAllocatedAnswer(UUID fundId) {
    }

    /** What an apportionment answers: the township's share now. */
    public record ApportionedAnswer(UUID fundId, String townshipCode, long shareFen) {
    }
}
