package org.relieftrace.relief.standard;

import java.time.LocalDate;

/** What the standards endpoints answer. */
public final class StandardViews {

    private StandardViews() {
    }

    /** 救助标准 — one version of a county's standard for a category. */
    public record StandardView(String countyCode, ReliefCategory category, LocalDate effectiveFrom,
                               StandardAmounts amounts, String documentNumber) {
    }

    /** What a set standard answers. */
    public record StandardRecorded(String countyCode, ReliefCategory category, LocalDate effectiveFrom) {
    }
}
