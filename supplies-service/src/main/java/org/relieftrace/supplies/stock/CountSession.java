package org.relieftrace.supplies.stock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.supplies.stock.StockEvents.Variance;

/**
 * 盘点中 — the open count session of a depot, owned by {@link DepotStock}: who opened it, who counted, and the variance
 * of every lot counted so far. Decides what an approval would adjust, and that none of those who opened or counted
 * approves it.
 */
final class CountSession {

    private UUID stocktakeId;
    /** Who opened the session (null for sessions opened before this was recorded). */
    private String startedBy;
    /** Who counted last. */
    private String countedBy;
    /** Everyone who recorded a count in this session. */
    private final Set<String> counters = new LinkedHashSet<>();
    private final Map<UUID, Variance> counted = new LinkedHashMap<>();

    private CountSession() {
        // for snapshots
    }

    CountSession(UUID stocktakeId, String startedBy) {
        this.stocktakeId = stocktakeId;
        this.startedBy = startedBy;
    }

    /** Refuses a new session while one is open. */
    static void requireNoneOpen(CountSession open) {
        if (open != null) {
            throw new DomainRuleViolation("stocktake-open", "Stocktake " + open.stocktakeId + " is still open",
                    open.stocktakeId);
        }
    }

    /** Refuses a count or approval of a session that is not the open one. */
    static void requireOpen(CountSession open, UUID stocktakeId) {
        if (!StocktakeRules.mayCount(open != null && stocktakeId.equals(open.stocktakeId))) {
            throw new DomainRuleViolation("stocktake-not-open", "Stocktake " + stocktakeId + " is not open",
                    stocktakeId);
        }
    }

    /** Refuses an approval before a count, or by who opened or counted the session (separation of duties). */
    void requireApprovableBy(String approver) {
        if (!StocktakeRules.isCounted(countedBy)) {
            throw new DomainRuleViolation("stocktake-not-counted", "Stocktake " + stocktakeId
                    + " has no count yet", stocktakeId);
        }
        SeparationOfDuties.require(approver, approver, "stocktake " + stocktakeId, "approve",
                StocktakeRules.makers(startedBy, counters));
    }

    void counted(String by, List<Variance> lines) {
        countedBy = by;
        if (by != null) {
            counters.add(by);
        }
        lines.forEach(line -> counted.put(line.lotId(), line));
    }

    /** Refuses a count with a variance against the book that gives no reason (lots not in the book are skipped). */
    static void requireReasons(Lots lots, List<StockCommands.Count> counts) {
        for (int i = 0; i < counts.size(); i++) {
            StockCommands.Count count = counts.get(i);
            boolean variance = lots.has(count.lotId()) && lots.lot(count.lotId()).onHand() != count.counted();
            if (variance && (count.reason() == null || count.reason().isBlank())) {
                throw new InvalidInput("lines[" + i + "].reason", "a variance needs its reason");
            }
        }
    }

    /** The variance lines of a count, each against what the book holds of its lot. */
    static List<Variance> variances(Lots lots, List<StockCommands.Count> counts) {
        List<Variance> lines = new ArrayList<>();
        for (StockCommands.Count count : counts) {
            Lot lot = lots.lot(count.lotId());
            lines.add(new Variance(count.lotId(), lot.itemCode(), lot.onHand(), count.counted(), count.reason()));
        }
        return lines;
    }

    /** The lines to adjust on approval; refused if a lot would then hold less than is reserved from it. */
    List<Variance> adjustments(Lots lots) {
        for (Variance line : counted.values()) {
            Lot lot = lots.lot(line.lotId());
            long after = lot.onHand() + line.counted() - line.book();
            if (after < lot.reserved()) {
                throw new DomainRuleViolation("insufficient-stock", "Lot " + lot.lotNumber() + " would hold less than"
                        + " is reserved from it", lot.itemCode(), after, lot.reserved());
            }
        }
        return counted.values().stream().filter(line -> line.counted() != line.book()).toList();
    }
}
