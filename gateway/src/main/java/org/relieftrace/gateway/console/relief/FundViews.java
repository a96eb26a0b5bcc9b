package org.relieftrace.gateway.console.relief;

import java.util.List;

import org.relieftrace.contracts.api.ListPage;

/**
 * 救助资金 — the relief service's answers about funds as the console reads them: mirrored from the service's view
 * records with only the fields the pages use (the service may answer more).
 */
public final class FundViews {

    private FundViews() {
    }

    /** 资金 — a fund as allocated. */
    public record FundView(String fundId, String countyCode, String sourceLevel, String documentNumber, String title,
                           String category, String allocatedOn) {
    }

    /** One line of a fund's ledger: an allocation, apportionment, commitment, release or payment. */
    public record EntryView(String kind, String townshipCode, String caseId, String paymentId, long amountFen,
                            String recordedAt) {
    }

    /** A township's share of a fund and what it committed. */
    public record ShareView(String townshipCode, long apportionedFen, long committedFen) {
    }

    /**
     * 台账 — a fund's balances, townships' shares, a page of its ledger lines (oldest first), and the apportionments
     * waiting for a second user.
     */
    public record LedgerView(FundView fund, long allocatedFen, long apportionedFen, long committedFen, long paidFen,
                             long returnedFen, long availableFen, long outstandingFen, List<ShareView> townships,
                             ListPage<EntryView> entries, List<ApportionmentView> pendingApportionments) {

        public LedgerView {
            townships = townships == null ? List.of() : townships;
            entries = entries == null ? new ListPage<>(List.of(), 0, 0, 0) : entries;
            pendingApportionments = pendingApportionments == null ? List.of() : pendingApportionments;
        }
    }

    /** 资金分配 (待复核) — an apportionment raised by one user; {@code actions}: {@code approve}, {@code reject}. */
    public record ApportionmentView(String apportionmentId, String townshipCode, long amountFen, String raisedBy,
                                    String raisedAt, List<String> actions) {

        public ApportionmentView {
            actions = actions == null ? List.of() : actions;
        }
    }
}
