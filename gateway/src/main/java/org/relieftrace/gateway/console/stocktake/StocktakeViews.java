package org.relieftrace.gateway.console.stocktake;

import java.util.List;

/**
 * 盘点 — the supplies service's answers about stocktakes as the console reads them: mirrored from the service's view
 * records with only the fields the pages use (the service may answer more).
 */
public final class StocktakeViews {

    private StocktakeViews() {
    }

    /** One counted lot: the book quantity, the count, the variance and its reason. */
    public record LineView(String lotId, String itemCode, long book, long counted, long variance, String reason) {
    }

    /**
     * 盘点单 — a count session with its lines and the steps the calling user may take on it now ({@code counts},
     * {@code approve}). In a list the lines are left out.
     */
    public record StocktakeView(String stocktakeId, String status, String openedAt, String countedBy,
                                String approvedBy, List<LineView> lines, List<String> actions) {

        public StocktakeView {
            lines = lines == null ? List.of() : lines;
            actions = actions == null ? List.of() : actions;
        }
    }

    /** The answer to a new count session: its id. */
    public record Created(String stocktakeId) {
    }
}
