package org.relieftrace.registry.division;

import java.util.List;

/** What the division queries answer. */
public final class DivisionViews {

    private DivisionViews() {
    }

    /** 行政区划 — one division. */
    public record DivisionView(String code, String name, String level, String parentCode) {
    }

    /** A page of divisions. */
    public record DivisionPage(List<DivisionView> items, int page, int size, long total) {
    }

    /** A division and everything below it, flat, ordered by code. */
    public record DivisionSubtree(String code, List<DivisionView> items) {
    }
}
