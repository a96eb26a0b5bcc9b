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
                             List<Share> townships, ListPage<Entry> entries, long pendingFen,
                             List<Apportionment> pendingApportionments) {

        /** The same ledger with the pending apportionments as its reader sees them (with their actions). */
        public LedgerView withPending(List<Apportionment> pending) {
            return new LedgerView(fund, allocatedFen, apportionedFen, committedFen, paidFen, returnedFen,
                    availableFen, outstandingFen, townships, entries, pendingFen, pending);
        }
    }

    /**
     * 资金分配 (待复核) — an apportionment waiting for a second user: it is not in the township's share yet.
     * {@code actions} are the verbs the reader may take on it now ({@code approve}, {@code reject}).
     */
    public record Apportionment(UUID apportionmentId, UUID fundId, String townshipCode, long amountFen,
                                String raisedBy, Instant raisedAt, String status, List<String> actions) {

        /** The same apportionment with the verbs its reader may take. */
        public Apportionment withActions(List<String> verbs) {
            return new Apportionment(apportionmentId, fundId, townshipCode, amountFen, raisedBy, raisedAt, status,
                    List.copyOf(verbs));
        }
    }

    /** What an allocated fund answers. */
    public record FundAllocatedAnswer(UUID fundId) {
    }

    /** What a raised apportionment answers: it waits for a second user's approval. */
    public record ApportionmentRaisedAnswer(UUID fundId, UUID apportionmentId, String townshipCode, long amountFen,
                                            String status) {
    }

    /** What an approved or rejected apportionment answers: the township's share now. */
    public record ApportionedAnswer(UUID fundId, UUID apportionmentId, String townshipCode, String status,
                                    long shareFen) {
    }
}
