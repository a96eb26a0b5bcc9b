package org.relieftrace.supplies.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 需求申报视图 — what the supply request endpoints answer. */
public final class SupplyRequestViews {

    private SupplyRequestViews() {
    }

    /** What a request, or a decision on it, answers. */
    public record RequestRef(UUID requestId) {
    }

    /** One item: asked, delivered by transfers naming the request, and still outstanding. */
    public record ItemView(String itemCode, long quantity, long fulfilled, long outstanding) {
    }

    /**
     * 需求申报 — a request with its approvals, the division whose approval it awaits (none once decided), fulfilment,
     * and the steps the calling user may take on it now ({@code approve}, {@code reject}); {@code submittedBy} and
     * {@code approvers}: the user ids of who submitted it and who approved it at each tier (null or missing for
     * requests recorded before they were kept), none of whom may approve it again.
     */
    public record RequestView(UUID requestId, String divisionCode, UUID disasterId, int affectedPeople, String status,
                              List<String> approvedBy, String awaitingDivision, Instant submittedAt,
                              boolean fulfilled, List<ItemView> items, String submittedBy, List<String> approvers,
                              List<String> actions) {

        /** The same request with the caller's actions. */
        public RequestView withActions(List<String> verbs) {
            return new RequestView(requestId, divisionCode, disasterId, affectedPeople, status, approvedBy,
                    awaitingDivision, submittedAt, fulfilled, items, submittedBy, approvers, List.copyOf(verbs));
        }
    }
}
