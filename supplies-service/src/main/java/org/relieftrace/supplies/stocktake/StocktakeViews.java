package org.relieftrace.supplies.stocktake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the stocktake endpoints answer. */
public final class StocktakeViews {

    private StocktakeViews() {
    }

    /** What the stocktake commands answer. */
    public record StocktakeRef(UUID stocktakeId) {
    }

    /** One variance line: what the book held of a lot, what was counted, and why they differ. */
    public record LineView(UUID lotId, String itemCode, long book, long counted, long variance, String reason) {
    }

    /**
     * A count session in a depot's list, without its lines; {@code actions} are the verbs ({@code counts},
     * {@code approve}) the caller may take on it now.
     */
    public record StocktakeSummary(UUID stocktakeId, String status, Instant openedAt, String countedBy,
                                   String approvedBy, List<String> actions) {
    }

    /** 盘点单 — a count session with its variance lines and the verbs the caller may take on it now. */
    public record StocktakeView(UUID stocktakeId, String status, String countedBy, String approvedBy,
                                List<LineView> lines, List<String> actions) {
    }
}
