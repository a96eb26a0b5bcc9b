package org.relieftrace.gateway.console.request;

import java.util.List;

/**
 * 需求申报 — the supplies service's answers about supply requests as the console reads them: mirrored from the
 * service's view records with only the fields the pages use (the service may answer more).
 */
public final class RequestViews {

    private RequestViews() {
    }

    /** The statuses a request can have, as the service names them: the full list only for the status filter. */
    public enum Status { SUBMITTED, IN_REVIEW, APPROVED, REJECTED }

    /** One item of a request: asked, delivered by transfers naming the request, still outstanding. */
    public record ItemView(String itemCode, long quantity, long fulfilled, long outstanding) {
    }

    /**
     * 需求申报 — a request of a division for a disaster, the tiers that approved it, the division whose approval it
     * awaits, and the steps the calling user may take on it now ({@code approve}, {@code reject}).
     */
    public record RequestView(String requestId, String divisionCode, String disasterId, int affectedPeople,
                              String status, List<String> approvedBy, String awaitingDivision, String submittedAt,
                              List<ItemView> items, boolean fulfilled, List<String> actions) {

        public RequestView {
            approvedBy = approvedBy == null ? List.of() : approvedBy;
            items = items == null ? List.of() : items;
            actions = actions == null ? List.of() : actions;
        }
    }

    /** The answer to a new request: its id. */
    public record Created(String requestId) {
    }
}
