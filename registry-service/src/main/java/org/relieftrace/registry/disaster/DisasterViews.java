package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the disaster queries answer. */
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
    }

    /** A page of disasters, the latest begun first. */
    public record DisasterPage(List<DisasterView> items, int page, int size, long total) {
    }
}
