package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.relieftrace.contracts.division.DivisionCode;

/** What the disaster endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class DisasterViews {

    private DisasterViews() {
    }

    /** 灾情统计 — a disaster's figures as of a moment; {@code directLossFen} in fen (分). */
    public record StatisticsView(Instant asOf, long affectedPeople, long evacuated, long deaths, long missing,
                                 long collapsedHouses, long damagedHouses, long directLossFen) {
    }

    /**
     * 灾害事件 — one disaster with its latest figures (by {@code asOf}) and, when asked for one disaster, every
     * report of them, oldest first ({@code statistics}; empty in lists).
     */
    public record DisasterView(UUID disasterId, String type, String name, Instant startedAt, Instant endedAt,
                               String responseLevel, List<String> affectedDivisionCodes,
                               StatisticsView latestStatistics, List<StatisticsView> statistics) {

        /** Whether the disaster touches {@code division}: affects it, a division below it, or one it lies in. */
        public boolean touches(String division) {
            return affectedDivisionCodes.stream().anyMatch(code -> DivisionCode.contains(division, code)
                    || DivisionCode.contains(code, division));
        }
    }

    /** What a declared disaster answers. */
    public record DisasterDeclaredAnswer(UUID disasterId) {
    }
}
