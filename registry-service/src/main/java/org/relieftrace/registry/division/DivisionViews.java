package org.relieftrace.registry.division;

/** What the division endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class DivisionViews {

    private DivisionViews() {
    }

    /** 行政区划 — one division. */
    public record DivisionView(String code, String name, String level, String parentCode) {
    }

    /** What a registered division answers. */
    public record DivisionRegisteredAnswer(String code) {
    }
}
